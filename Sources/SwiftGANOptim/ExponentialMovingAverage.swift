import SwiftGANKernels
import SwiftGANNN

/// An exponential moving average of a module's weights kept in a copy of it
/// (a generator's `G_ema`), as StyleGAN2-ADA does: every update blends each
/// parameter, `ema ← lerp(weight, ema, beta)`, and copies every buffer.
///
/// Build the target with `source.copy(constructedBy:)` so that both have the
/// same parameters and buffers in the same order.
public final class ExponentialMovingAverage {
    /// The module holding the averaged weights.
    public let target: Module
    /// How fast the average forgets.
    public var decay: EMADecay
    /// Number of `update` calls so far.
    public private(set) var stepCount = 0
    /// Images trained on so far: the sum of the batch sizes of all updates.
    public private(set) var imagesSeen = 0
    private let targetParameters: [(String, Parameter)]
    private let targetBuffers: [(String, Buffer)]

    /// An average kept in `target`, starting from its current weights.
    public init(target: Module, decay: EMADecay) {
        self.target = target
        self.decay = decay
        targetParameters = target.namedParameters()
        targetBuffers = target.namedBuffers()
    }

    /// The beta the next update with `batchSize` images will use.
    public func beta(batchSize: Int) -> Double {
        decay.beta(batchSize: batchSize, imagesSeen: imagesSeen)
    }

    /// Blends every parameter of `source` into the target, copies its buffers,
    /// and counts `batchSize` more images seen. Parameters and buffers pair up
    /// by position and must have the same names and shapes.
    public func update(from source: Module, batchSize: Int) {
        precondition(batchSize > 0, "ExponentialMovingAverage.update: batchSize must be positive, got \(batchSize)")
        let weight = Float(beta(batchSize: batchSize))
        let parameters = source.namedParameters()
        Self.checkPairs(parameters.map { ($0.0, $0.1.shape) }, targetParameters.map { ($0.0, $0.1.shape) }, "parameter")
        for ((_, parameter), (_, average)) in zip(parameters, targetParameters) {
            let value = parameter.value
            average.update { ema in
                value.withUnsafeBufferPointer { p in
                    for j in ema.indices { ema[j] = lerp(p[j], ema[j], weight) }
                }
            }
        }
        let buffers = source.namedBuffers()
        Self.checkPairs(buffers.map { ($0.0, $0.1.shape) }, targetBuffers.map { ($0.0, $0.1.shape) }, "buffer")
        for ((_, buffer), (_, copy)) in zip(buffers, targetBuffers) { copy.value = buffer.value }
        stepCount += 1
        imagesSeen += batchSize
    }

    private static func checkPairs(_ source: [(String, [Int])], _ target: [(String, [Int])], _ kind: String) {
        precondition(
            source.count == target.count,
            "ExponentialMovingAverage.update: the source has \(source.count) \(kind)s, the target \(target.count)")
        for ((name, shape), (targetName, targetShape)) in zip(source, target) {
            precondition(
                name == targetName && shape == targetShape,
                "ExponentialMovingAverage.update: source \(kind) \(name) \(shape) does not match target \(targetName) \(targetShape)")
        }
    }

    /// `step` (a scalar) and `images_seen`, stored exactly as the two whole
    /// numbers `[imagesSeen / 2^24, imagesSeen % 2^24]`. The averaged weights
    /// themselves are the target module's state dict.
    public func stateDict() -> StateDict {
        var state = StateDict()
        state.setCount("step", stepCount)
        state["images_seen"] = NDArray([Float(imagesSeen >> 24), Float(imagesSeen & 0xFF_FFFF)], shape: [2])
        return state
    }

    /// Restores the update and image counts.
    public func load(_ state: StateDict) throws {
        var reader = OptimizerStateReader(state)
        let step = try reader.count("step")
        let parts = try reader.array("images_seen", shape: [2]).elements
        let high = try OptimizerStateReader.count(parts[0], key: "images_seen")
        let low = try OptimizerStateReader.count(parts[1], key: "images_seen")
        guard low < 1 << 24 else {
            throw OptimizerStateError.invalidValue(
                key: "images_seen", value: parts[1], requirement: "below 2^24 in its second element")
        }
        try reader.finish()
        stepCount = step
        imagesSeen = high << 24 + low
    }
}
