import SwiftGANData
import Foundation
import SwiftGANKernels

/// Mutation fuzzing of the IDX reader: raw and gzip images and labels, and
/// arrays of every IDX element type, all made in memory.
package enum IDXFuzz {
    /// A campaign of `cases` mutants; each is opened and fully decoded as
    /// values, as images (plain and transposed) when it has 3 dimensions, and
    /// as labels when it has 1 and holds integers.
    package static func campaign(seed: UInt64, cases: Int) -> DecoderFuzzCampaign {
        DecoderFuzzCampaign(format: "idx", samples: samples(), seed: seed, cases: cases) { bytes in
            let file = try IDXFile(bytes: Data(bytes), path: "fuzz.idx")
            _ = file.values()
            if file.dimensions.count == 3 {
                _ = try file.images()
                _ = try file.images(transposed: true)
                if file.itemCount > 0 { _ = try file.image(at: file.itemCount - 1, transposed: true) }
            } else if file.dimensions.count == 1 && file.elementType.isInteger {
                _ = try file.labels()
            }
        }
    }

    /// Valid IDX files: `uint8` images and labels (raw and gzip) and small arrays of the other types.
    package static func samples() -> [[UInt8]] {
        let images = NDArray((0..<60).map { Float(($0 * 37) % 256) }, shape: [3, 4, 5])
        let labels = NDArray([7, 2, 1, 0, 4, 1, 9], shape: [7])
        let others: [(ScalarType, [Int])] = [(.int8, [4]), (.int16, [2, 3]), (.int32, [2, 2]), (.float32, [2, 2, 2]), (.float64, [3])]
        var samples = [images, labels].flatMap { array in [false, true].map { IDXEncoder.encode(array, as: .uint8, gzip: $0) } }
        for (type, shape) in others {
            let count = shape.reduce(1, *)
            samples.append(IDXEncoder.encode(NDArray((0..<count).map { Float($0 * 3) + 0.5 }, shape: shape), as: type))
        }
        return samples.map { Array($0) }
    }
}
