import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANMetrics
import SwiftGANNN

/// Deep image prior (Ulyanov et al.): one photo restored by fitting a
/// randomly initialized network's image, from a fixed code, to what was
/// observed of it (noisy, shrunk or with pixels missing). The network's
/// structure fits natural images before noise, so the image is best some
/// way into the fit, before it learns the degradation too: every step logs
/// the PSNR against the clean photo (`psnr_clean`) to show where.
public final class DeepImagePrior: ZooModel {
    public let task: PriorTask
    public let factor: Int
    /// What was observed, `[1, C, s, s]` in [0, 1] (`s = S / factor`).
    public let observed: NDArray
    /// The clean photo `[1, C, S, S]` in [0, 1], never trained on: the PSNR's reference.
    public let clean: NDArray
    /// 1 where inpainting sees a pixel; nil for other tasks.
    public let mask: NDArray?
    public let network: PriorNetwork
    /// The deviation of the noise added to the code at each step (the paper's `reg_noise_std`).
    public let codeJitter: Float

    init(task: PriorTask, factor: Int, observed: NDArray, clean: NDArray, mask: NDArray?, network: PriorNetwork, codeJitter: Float) {
        (self.task, self.factor, self.observed, self.clean, self.mask) = (task, factor, observed, clean, mask)
        (self.network, self.codeJitter) = (network, codeJitter)
    }

    public var input: ModelInput { .nothing }
    public var conditioningClasses: Int? { nil }
    public func previewRequest(count: Int, random: inout RandomGenerator) -> InferenceRequest { .nothing }

    /// The restored photo in [-1, 1].
    public func infer(_ request: InferenceRequest, networks: [String: Module]) -> Tensor {
        guard case .nothing = request, let prior = networks["generator"] as? PriorNetwork else {
            preconditionFailure("DeepImagePrior: inference takes nothing and a prior network, got \(request)")
        }
        return prior.image() * 2 - 1
    }

    /// One phase, on no data: the squared error between the degraded image and the observation.
    var phases: [Phase] {
        [Phase(name: "prior", updates: ["generator"], batch: .none) { [unowned self] context in
            let jitter = codeJitter > 0 ? context.random.normal(network.code.value.shape, std: codeJitter) : nil
            let image = network.image(jitter: jitter)
            let loss = (task.degrade(image, factor: factor, mask: mask) - Tensor(observed)).square().mean()
            let psnr = (try? ImageQuality.psnr(image.value, clean, dataRange: 1))?.first ?? .nan
            return PhaseResult(loss: loss, metrics: ["psnr_clean": Float(psnr)])
        }]
    }

    /// Observed (enlarged by repeating pixels) | restored | clean, in [-1, 1].
    func sheet(inference: Inference) -> NDArray {
        let restored = inference.evaluating { inference.model.infer(.nothing, networks: inference.networks).value }
        let seen = factor > 1 ? observed.upsampledNearest(scaleH: factor, scaleW: factor) : observed
        return NDArray.concatenate([seen, restored.map(.affine(scale: 0.5, shift: 0.5)), clean], axis: 0).map(.affine(scale: 2, shift: -1))
    }
}
