import SwiftGANKernels

extension ImageGrid {
    /// Writes one grid per batch (all the same shape) as the frames of an
    /// animated GIF that loops forever: a latent walk, or samples of a fixed
    /// latent batch over training.
    public func writeGIF(
        _ batches: [NDArray], to path: String, delayCentiseconds: Int = 10, palette: GIFPalette = .medianCut
    ) throws {
        precondition(!batches.isEmpty, "ImageGrid.writeGIF: no batches")
        precondition(batches.allSatisfy { $0.shape == batches[0].shape }, "ImageGrid.writeGIF: batches differ in shape")
        let frames = batches.map { image($0) }
        try ImageCodec.writeBytes(GIFEncoder.encode(frames, delayCentiseconds: delayCentiseconds, palette: palette), to: path)
    }
}
