import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// Deep image prior's generator with its fixed input: the code `z`
/// (uniform in [0, 0.1], as the paper's) is a buffer, so checkpoints keep it
/// beside the weights and a restored network gives the same image.
public final class PriorNetwork: Module {
    public let code: Buffer
    public let body: HourglassNetwork

    public init(codeChannels: Int, side: Int, body: HourglassNetwork, generator rng: inout RandomGenerator) {
        code = Buffer(rng.uniform([1, codeChannels, side, side], low: 0, high: 0.1))
        self.body = body
    }

    /// The image `[1, C, S, S]` in [0, 1] from the code, perturbed by `jitter` when given.
    public func image(jitter: NDArray? = nil) -> Tensor {
        body(Tensor(jitter.map { code.value + $0 } ?? code.value))
    }
}
