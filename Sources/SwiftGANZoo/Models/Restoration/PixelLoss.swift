import SwiftGANAutograd

/// The distance a restorer's output is trained towards its target by.
public enum PixelLoss: String, Sendable, CaseIterable {
    /// The mean absolute error (EDSR, BasicSR's `L1Loss`).
    case l1
    /// The mean squared error (SRCNN, ESPCN, VDSR, SRResNet).
    case mse

    /// The loss of `output` against `target`.
    public func callAsFunction(_ output: Tensor, _ target: Tensor) -> Tensor {
        let difference = output - target
        return self == .l1 ? difference.abs().mean() : difference.square().mean()
    }

    /// The loss named `name`, or an error naming `key`.
    static func named(_ name: String, key: String) throws -> PixelLoss {
        guard let loss = PixelLoss(rawValue: name) else { throw ConfigurationError.unknown(key, name, allowed: allCases.map(\.rawValue)) }
        return loss
    }
}
