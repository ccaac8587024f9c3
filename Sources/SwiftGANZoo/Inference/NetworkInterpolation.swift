import SwiftGANKernels
import SwiftGANNN

/// ESRGAN's network interpolation: the weights of two networks of one
/// architecture blended, `alpha * a + (1 - alpha) * b` for every parameter
/// and buffer (BatchNorm's step count included, which no inference reads), trading the GAN network's detail (`alpha` 1)
/// against the PSNR network's fidelity (`alpha` 0) without retraining.
public enum NetworkInterpolation {
    /// `a`'s state replaced by its blend with `b`'s; an error when the two do not match.
    public static func blend(_ a: Module, with b: Module, alpha: Float) throws {
        precondition((0...1).contains(alpha), "NetworkInterpolation: alpha \(alpha) is not in [0, 1]")
        let other = b.stateDict()
        if let mismatch = a.mismatch(with: other) { throw ConfigurationError(key: "interpolate", problem: "the networks differ: \(mismatch)") }
        let blended = a.stateDict().entries.map { name, value -> (String, NDArray) in
            (name, value.map(.affine(scale: alpha, shift: 0)) + other[name]!.map(.affine(scale: 1 - alpha, shift: 0)))
        }
        try a.load(StateDict(blended))
    }
}
