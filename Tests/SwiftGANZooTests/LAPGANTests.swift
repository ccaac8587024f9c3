import Foundation
import SwiftGAN
@testable import SwiftGANZoo
import XCTest

/// LAPGAN: the Laplacian levels of real images, coarse-to-fine sampling,
/// one D and one G phase per level, and a resumed run.
final class LAPGANTests: XCTestCase {
    private func tiny(steps: Int = 3) throws -> TrainingConfiguration {
        var c = try Presets.configuration("mnist32_lapgan")
        for (key, value) in [
            ("lapgan.latent_dimension", "6"), ("lapgan.hidden", "16"), ("lapgan.width", "8"),
            ("batch_size", "4"), ("steps", "\(steps)"), ("data.resolution", "16"),
        ] { try c.set(key, to: value) }
        return c
    }

    func testTheLevelsOfARealImageAddUpToIt() throws {
        var random = RandomGenerator(seed: 1)
        let images = Tensor(random.normal([2, 1, 16, 16]))
        let (coarsest, none) = LAPGANPyramid.level(0, of: images)
        XCTAssertNil(none)
        XCTAssertEqual(coarsest.shape, [2, 1, 4, 4])
        let pooled = images.avgPool2d(kernel: (4, 4)).value.elements
        // Two 2x2 means against one 4x4 mean: a few roundings of values as large as the image's.
        XCTAssertEqual(zip(coarsest.value.elements, pooled).map { abs($0 - $1) }.max()!, 0, accuracy: 8 * Float.ulpOfOne * images.value.elements.map(abs).max()!)
        let (coarse, residual) = LAPGANPyramid.level(2, of: images)
        let r = try XCTUnwrap(residual)
        XCTAssertEqual(coarse.shape, [2, 1, 16, 16])
        let sum = (coarse + r).value.elements, x = images.value.elements
        XCTAssertEqual(zip(sum, x).map { abs($0 - $1) }.max()!, 0, accuracy: 4 * Float.ulpOfOne * x.map(abs).max()!, "coarse + residual is the image")
        XCTAssertEqual(coarse.value.elements, LAPGANPyramid.up(LAPGANPyramid.down(images)).value.elements, "the coarse image is up(down(x))")
        let middle = LAPGANPyramid.level(1, of: images)
        XCTAssertEqual(middle.coarse.shape, [2, 1, 8, 8])
        XCTAssertEqual(middle.coarse.value.elements, LAPGANPyramid.up(LAPGANPyramid.level(0, of: images).coarse).value.elements,
                       "level 1's coarse image is level 0's image upsampled")
    }

    func testSamplingRunsCoarseToFine() throws {
        let trainer = try ModelRegistry.trainer(for: try tiny())
        let m = try XCTUnwrap(trainer.model as? LAPGAN)
        XCTAssertEqual(m.sides, [4, 8, 16])
        XCTAssertEqual(m.latentWidth, 6 + 64 + 256)
        let networks = trainer.inference.networks
        var random = RandomGenerator(seed: 2)
        let z = m.sampleLatent(count: 3, random: &random).z
        let samples = trainer.inference.generate(Latent(z: z))
        XCTAssertEqual(samples.shape, [3, 1, 16, 16])
        let manual = trainer.inference.evaluating { () -> NDArray in
            var image = m.coarseImages(z, with: networks["generator0"]!)
            XCTAssertLessThanOrEqual(image.value.elements.map(abs).max()!, 1, "the coarsest level is squashed to [-1, 1]")
            for k in 1..<3 {
                let coarse = LAPGANPyramid.up(image)
                let residual = (networks["generator\(k)"] as! any LayerModule)(Tensor.concat([coarse, m.noisePlane(z, level: k)], axis: 1))
                image = coarse + residual
            }
            return image.value
        }
        XCTAssertEqual(samples.elements, manual.elements)
        XCTAssertEqual(m.noisePlane(z, level: 2).value.slice(axis: 0, start: 0, end: 1).elements, Array(z.value.elements[(6 + 64)..<(6 + 64 + 256)]), "row 0's plane")
    }

    func testEachLevelTrainsItsOwnPairAndAResumeContinuesExactly() throws {
        let c = try tiny()
        let trainer = try ModelRegistry.trainer(for: c)
        XCTAssertEqual(trainer.players.map(\.name), ["generator0", "discriminator0", "generator1", "discriminator1", "generator2", "discriminator2"])
        XCTAssertEqual(trainer.phases.map(\.name), ["d0", "g0", "d1", "g1", "d2", "g2"])
        XCTAssertEqual(trainer.phases.map(\.updates), [["discriminator0"], ["generator0"], ["discriminator1"], ["generator1"], ["discriminator2"], ["generator2"]])
        let before = trainer.players.map { $0.module.parameters().flatMap(\.value.elements) }
        let metrics = try trainer.trainStep()
        XCTAssertEqual(Set(metrics.keys).isSuperset(of: ["d0_real", "d1_fake", "d2_real"]), true, "\(metrics.keys.sorted())")
        for (player, old) in zip(trainer.players, before) {
            XCTAssertNotEqual(player.module.parameters().flatMap(\.value.elements), old, "\(player.name) is updated every step")
        }
        try ResumeCheck.assertResumeContinues(c, steps: 3, stop: 1)
    }

    func testTooSmallAnImageIsRefused() throws {
        var c = try tiny()
        try c.set("data.resolution", to: "8")
        XCTAssertThrowsError(try ModelRegistry.trainer(for: c)) { error in
            XCTAssertTrue("\(error)".contains("data.resolution") && "\(error)".contains("at least 16"), "\(error)")
        }
    }
}
