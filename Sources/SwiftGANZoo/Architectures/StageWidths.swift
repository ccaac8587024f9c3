import Foundation

/// The widths of a generator's stages (R3GAN, StyleGAN2), from 4x4 up to the data's resolution: `width`
/// at 4x4 and 8x8, halved at each larger resolution, never below `minimum`.
struct StageWidths: Equatable {
    /// The width of each stage, 4x4 first.
    let stages: [Int]

    init(resolution: Int, width: Int, minimum: Int) {
        let count = Int(log2(Double(resolution))) - 1
        stages = (0..<count).map { stage in max(minimum, width >> max(0, stage - 1)) }
    }
}
