import SwiftGANAutograd
import SwiftGANKernels

/// Side-by-side triples of translation examples, input | output | target,
/// as the pix2pix and CycleGAN repositories show them: rows of a grid of
/// `columns` images (a multiple of 3). Images of one channel next to
/// images of three are repeated to three.
public enum TranslationSheet {
    /// The triples of `inputs`, `outputs` and `targets` (nil: input | output pairs), `[k * N, C, H, W]` in the inputs' range.
    /// Images smaller than the largest by a whole factor (a super-resolution
    /// input) are enlarged by repeating pixels.
    public static func interleaved(inputs: NDArray, outputs: NDArray, targets: NDArray?) -> NDArray {
        let side = max(inputs.shape[2], outputs.shape[2])
        let columns = ([inputs, outputs] + (targets.map { [$0] } ?? [])).map { column -> NDArray in
            guard column.rank == 4, column.shape[2] < side, side % column.shape[2] == 0 else { return column }
            return column.upsampledNearest(scaleH: side / column.shape[2], scaleW: side / column.shape[2])
        }
        precondition(columns.allSatisfy { $0.rank == 4 && $0.shape[0] == inputs.shape[0] && $0.shape[2...] == columns[1].shape[2...] },
                     "TranslationSheet: inputs, outputs and targets must hold as many images of one size, got \(columns.map(\.shape))")
        let channels = columns.map { $0.shape[1] }.max()!
        let matched = columns.map { $0.shape[1] == channels ? $0 : NDArray.concatenate([NDArray](repeating: $0, count: channels), axis: 1) }
        let rows = (0..<inputs.shape[0]).flatMap { i in matched.map { $0.slice(axis: 0, start: i, end: i + 1) } }
        return NDArray.concatenate(rows, axis: 0)
    }

    /// The first `count` preview examples of `model` translated by `inference`, interleaved.
    public static func preview(of model: any TranslationModel, inference: Inference, count: Int) -> NDArray {
        let (inputs, targets) = model.preview.batch(count: count)
        return interleaved(inputs: inputs, outputs: inference(.image(inputs)), targets: targets)
    }
}
