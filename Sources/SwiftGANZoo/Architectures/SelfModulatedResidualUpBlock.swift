import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// `ResidualUpBlock` with self-modulated BatchNorm (Chen et al. 2019): each
/// BN's gain and bias are functions of the generator's input z. Keys `b1`, `c1`, `b2`, `c2`, `sc`.
final class SelfModulatedResidualUpBlock: Module {
    let b1: SelfModulatedBatchNorm2d
    let c1: Conv2d
    let b2: SelfModulatedBatchNorm2d
    let c2: Conv2d
    let sc: Conv2d?

    init(_ inputs: Int, _ outputs: Int, latent: Int, generator rng: inout RandomGenerator) {
        b1 = SelfModulatedBatchNorm2d(inputs, latentDimension: latent, generator: &rng)
        c1 = Conv2d(inputs, outputs, kernel: 3, padding: 1, generator: &rng)
        b2 = SelfModulatedBatchNorm2d(outputs, latentDimension: latent, generator: &rng)
        c2 = Conv2d(outputs, outputs, kernel: 3, padding: 1, generator: &rng)
        sc = inputs == outputs ? nil : Conv2d(inputs, outputs, kernel: 1, generator: &rng)
    }

    /// `x [N, in, H, W]` to `[N, out, 2H, 2W]`, modulated by `z [N, latent]`.
    func callAsFunction(_ x: Tensor, latent z: Tensor) -> Tensor {
        let h = c2(b2(c1(b1(x, latent: z).relu().upsampleNearest(scale: 2)), latent: z).relu())
        let skip = x.upsampleNearest(scale: 2)
        return h + (sc.map { $0(skip) } ?? skip)
    }
}
