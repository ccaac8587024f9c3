import SwiftGANKernels

/// Restoration of images of any size in pieces, so large photos fit in
/// memory: square tiles of the input, each read with a margin of
/// `overlap` pixels on every side (less at the image's borders), restored,
/// and only the part the tile owns kept. With a margin at least the
/// network's reach, the result equals restoring the whole image at once.
public enum TiledRestoration {
    /// `image` `[1, C, H, W]` restored by `restore` (which enlarges by `factor`) in tiles of `tile` pixels.
    public static func restore(_ image: NDArray, tile: Int, overlap: Int, factor: Int, _ restore: (NDArray) -> NDArray) -> NDArray {
        precondition(image.rank == 4 && image.shape[0] == 1, "TiledRestoration: expected one image [1, C, H, W], got \(image.shape)")
        precondition(tile > 0 && overlap >= 0 && factor > 0, "TiledRestoration: tile \(tile), overlap \(overlap) and factor \(factor) must be positive")
        let (height, width) = (image.shape[2], image.shape[3])
        var output: [Float] = [], channels = 0
        let (outHeight, outWidth) = (height * factor, width * factor)
        for top in stride(from: 0, to: height, by: tile) {
            for left in stride(from: 0, to: width, by: tile) {
                let (bottom, right) = (min(top + tile, height), min(left + tile, width))
                let (readTop, readLeft) = (max(top - overlap, 0), max(left - overlap, 0))
                let (readBottom, readRight) = (min(bottom + overlap, height), min(right + overlap, width))
                let piece = restore(image.slice(axis: 2, start: readTop, end: readBottom).slice(axis: 3, start: readLeft, end: readRight))
                precondition(piece.shape[2] == (readBottom - readTop) * factor && piece.shape[3] == (readRight - readLeft) * factor,
                             "TiledRestoration: a tile of \(readBottom - readTop)x\(readRight - readLeft) came back as \(piece.shape), not \(factor) times larger")
                if output.isEmpty {
                    channels = piece.shape[1]
                    output = [Float](repeating: 0, count: channels * outHeight * outWidth)
                }
                let values = piece.elements, (pieceHeight, pieceWidth) = (piece.shape[2], piece.shape[3])
                for c in 0..<channels {
                    for y in top * factor..<bottom * factor {
                        let source = (c * pieceHeight + y - readTop * factor) * pieceWidth - readLeft * factor
                        let target = (c * outHeight + y) * outWidth
                        for x in left * factor..<right * factor { output[target + x] = values[source + x] }
                    }
                }
            }
        }
        return NDArray(output, shape: [1, channels, outHeight, outWidth])
    }
}
