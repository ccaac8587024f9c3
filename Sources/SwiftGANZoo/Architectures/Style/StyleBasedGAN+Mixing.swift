import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

extension StyleBasedGAN {
    /// The default cutoff of style mixing: the first half of the layers
    /// (4x4 and 8x8 at 32x32) are the coarse styles, the rest the fine ones.
    public func coarseLayers(in networks: [String: Module]) -> Int {
        Self.generator(in: networks).styleCount / 2
    }

    /// Images whose layers before `cutoff` take the styles of `coarse` noise
    /// `[N, latent]` and the rest those of `fine` `[N, latent]`, both truncated
    /// by `psi`, with the fixed noise planes (no gradients).
    public func mixed(coarse: Tensor, fine: Tensor, cutoff: Int, psi: Float = 1, networks: [String: Module]) -> Tensor {
        let generator = Self.generator(in: networks)
        precondition((0...generator.styleCount).contains(cutoff), "StyleBasedGAN.mixed: cutoff \(cutoff) is not in 0...\(generator.styleCount)")
        return withoutGrad {
            let ws = Self.mix(generator.styles(coarse, truncation: psi), with: generator.styles(fine, truncation: psi), from: cutoff)
            return generator.synthesize(ws, noise: nil)
        }
    }

    /// The style-mixing figure: a `(rows + 1) x (columns + 1)` grid of images
    /// `[(rows + 1)(columns + 1), C, H, W]`, row-major, whose first row holds
    /// the column sources (after a blank corner), first column the row sources,
    /// and cell (r, c) row r's coarse styles with column c's fine ones.
    public func mixingGrid(rows: Tensor, columns: Tensor, cutoff: Int, psi: Float = 1, networks: [String: Module]) -> NDArray {
        let (r, c) = (rows.shape[0], columns.shape[0])
        let rowImages = mixed(coarse: rows, fine: rows, cutoff: cutoff, psi: psi, networks: networks).value
        let columnImages = mixed(coarse: columns, fine: columns, cutoff: cutoff, psi: psi, networks: networks).value
        let coarse = Tensor(rows.value.indexSelect(axis: 0, (0..<r).flatMap { [Int](repeating: $0, count: c) }))
        let fine = Tensor(columns.value.indexSelect(axis: 0, (0..<r).flatMap { _ in Array(0..<c) }))
        let cells = mixed(coarse: coarse, fine: fine, cutoff: cutoff, psi: psi, networks: networks).value
        let sampleShape = Array(cells.shape.dropFirst())
        let blank = NDArray(repeating: -1, shape: [1] + sampleShape)
        var tiles = [blank, columnImages]
        for row in 0..<r {
            tiles.append(rowImages.slice(axis: 0, start: row, end: row + 1))
            tiles.append(cells.slice(axis: 0, start: row * c, end: (row + 1) * c))
        }
        return NDArray.concatenate(tiles, axis: 0)
    }

    static func generator(in networks: [String: Module]) -> any StyleBasedGenerator {
        guard let generator = networks["generator"] as? any StyleBasedGenerator else {
            preconditionFailure("StyleBasedGAN: no style-based generator among the networks \(networks.keys.sorted())")
        }
        return generator
    }
}
