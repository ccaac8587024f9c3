import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// RAISR (Romano et al.): rapid and accurate super-resolution by learned
/// filters, the classical non-neural baseline. The cheap upscale is bicubic;
/// each pixel of its luma is replaced by the filter of its hash bucket over
/// its neighbourhood, and the luma's change is added to every channel
/// (which keeps the chroma). Training accumulates each batch's
/// least-squares statistics and solves the filters anew: no gradients.
public final class RAISR: RestorationModel {
    public let preview: TranslationPreview
    public let task: RestorationTask
    public let filters: RAISRFilters

    init(preview: TranslationPreview, task: RestorationTask, filters: RAISRFilters) {
        (self.preview, self.task, self.filters) = (preview, task, filters)
    }

    /// The filters work on [0, 1] values, as they were fitted.
    public func translate(_ images: Tensor, networks: [String: Module]) -> Tensor {
        guard let learned = networks["generator"] as? RAISRFilters else { preconditionFailure("RAISR: no filters among \(networks.keys.sorted())") }
        let cheap = withoutGrad { BicubicUpsampling(factor: task.factor)(images).value }.map(.affine(scale: 0.5, shift: 0.5))
        let (n, c, h, w) = (cheap.shape[0], cheap.shape[1], cheap.shape[2], cheap.shape[3])
        var values = cheap.elements
        for image in 0..<n {
            let luma = Self.luma(values, image: image, channels: c, plane: h * w)
            let sharpened = learned.apply(luma, height: h, width: w)
            for channel in 0..<c {
                let base = (image * c + channel) * h * w
                for i in 0..<h * w { values[base + i] += sharpened[i] - luma[i] }
            }
        }
        return Tensor(NDArray(values, shape: cheap.shape).map(.affine(scale: 2, shift: -1)))
    }

    /// The BT.601 luma of image `image` of `values` `[N, C, H, W]` (the plane itself for gray).
    static func luma(_ values: [Float], image: Int, channels: Int, plane: Int) -> [Float] {
        let base = image * channels * plane
        guard channels == 3 else { return Array(values[base..<base + plane]) }
        let w = ColorConversion.luma601Weights
        return (0..<plane).map { w[0] * values[base + $0] + w[1] * values[base + plane + $0] + w[2] * values[base + 2 * plane + $0] }
    }

    /// One closed-form phase: the batch's statistics added, the filters solved, and the batch's error after.
    var phases: [Phase] {
        [Phase(name: "generator", updates: ["generator"], fitsInClosedForm: true) { [unowned self] context in
            let (input, target) = try PairedTranslator.pair(context)
            let cheap = withoutGrad { BicubicUpsampling(factor: task.factor)(input).value }.map(.affine(scale: 0.5, shift: 0.5))
            let truth = target.value.map(.affine(scale: 0.5, shift: 0.5))
            let (n, c, h, w) = (cheap.shape[0], cheap.shape[1], cheap.shape[2], cheap.shape[3])
            let (cheapValues, truthValues) = (cheap.elements, truth.elements)
            for image in 0..<n {
                filters.accumulate(cheap: Self.luma(cheapValues, image: image, channels: c, plane: h * w),
                                   truth: Self.luma(truthValues, image: image, channels: c, plane: h * w), height: h, width: w)
            }
            filters.solve()
            let error = (translate(input, networks: ["generator": filters]) - target).square().mean()
            return PhaseResult(loss: error, metrics: ["pixel_mse": error.scalarValue])
        }]
    }
}
