import Foundation
import SwiftGAN
import XCTest

/// The degradations restoration data is made with, and the patch sets built on them.
final class DegradationTests: XCTestCase {
    /// A horizontal ramp `[C, H, W]` from 0.2 to 0.8, with an offset per channel.
    private func ramp(channels: Int = 3, height: Int = 16, width: Int = 32) -> NDArray {
        NDArray((0..<channels * height * width).map { i in 0.2 + 0.5 * Float(i % width) / Float(width) + 0.05 * Float(i / (height * width)) },
                shape: [channels, height, width])
    }

    func testBicubicDownsampleKeepsALinearRampAtBlockCentres() {
        let factor = 4, image = ramp()
        let small = Degradation.bicubicDownsample(image, factor: factor)
        XCTAssertEqual(small.shape, [3, 4, 8])
        // The cubic's weights sum to one and are symmetric, so away from the borders a linear
        // signal is sampled exactly at each output's centre, (i + 0.5) * factor - 0.5 in input pixels.
        for channel in 0..<3 {
            for column in 2..<6 {
                let centre = (Float(column) + 0.5) * Float(factor) - 0.5
                let expected = 0.2 + 0.5 * centre / 32 + 0.05 * Float(channel)
                XCTAssertEqual(small[[channel, 1, column]], expected, accuracy: 1e-5)
            }
        }
    }

    func testResamplingMatrixMatchesImageResize() {
        let image = ramp(channels: 1, height: 5, width: 6)
        let matrix = ResizeFilter.bicubic.matrix(from: 6, to: 24)
        XCTAssertEqual(matrix.shape, [6, 24])
        let rows = NDArray.matmul(image.reshaped([5, 6]), matrix)
        let resized = Degradation.resized(image, height: 5, width: 24)
        for (a, b) in zip(rows.elements, resized.elements) { XCTAssertEqual(a, b, accuracy: 1e-5) }
        for column in 0..<24 { XCTAssertEqual((0..<6).reduce(Float(0)) { $0 + matrix[[$1, column]] }, 1, accuracy: 1e-5) }
    }

    func testGaussianNoiseHasItsSigmaAndReproduces() {
        let clean = NDArray(zeros: [3, 64, 64])
        var a = RandomGenerator(seed: 5), b = RandomGenerator(seed: 5)
        let noisy = Degradation.gaussianNoise(clean, sigma: 25, &a)
        XCTAssertEqual(noisy.elements, Degradation.gaussianNoise(clean, sigma: 25, &b).elements)
        let values = noisy.elements.map(Double.init)
        let std = (values.map { $0 * $0 }.reduce(0, +) / Double(values.count)).squareRoot()
        // 12,288 draws: the sample deviation is within 2% of sigma with overwhelming probability (its relative error is about 0.6%).
        XCTAssertEqual(std, 25.0 / 255, accuracy: 0.02 * 25 / 255)
    }

    func testBlurOfAnImpulseHasTheGaussiansSpread() {
        var impulse = [Float](repeating: 0, count: 41 * 41)
        impulse[20 * 41 + 20] = 1
        let sigma = 2.0
        let blurred = Degradation.gaussianBlur(NDArray(impulse, shape: [1, 41, 41]), sigma: sigma).elements
        XCTAssertEqual(blurred.reduce(0, +), 1, accuracy: 1e-5)
        let variance = blurred.enumerated().reduce(0.0) { total, item in total + Double(item.element) * pow(Double(item.offset % 41 - 20), 2) }
        // The horizontal spread is that of the sampled Gaussian cut at ceil(3 sigma) and renormalized.
        let taps = (-6...6).map { exp(-Double($0 * $0) / (2 * sigma * sigma)) }
        let expected = zip(-6...6, taps).reduce(0.0) { $0 + Double($1.0 * $1.0) * $1.1 } / taps.reduce(0, +)
        XCTAssertEqual(variance, expected, accuracy: 1e-4)
        XCTAssertEqual(variance, sigma * sigma, accuracy: 0.02 * sigma * sigma)
    }

    func testJPEGRoundTripIsCloseAndRealisticDegradationReproduces() throws {
        let image = ramp(height: 32, width: 32)
        let coded = try Degradation.jpeg(image, quality: 95)
        XCTAssertEqual(coded.shape, image.shape)
        XCTAssertLessThan(zip(coded.elements, image.elements).map { abs($0 - $1) }.max()!, 0.05)
        var a = RandomGenerator(seed: 9), b = RandomGenerator(seed: 9)
        let first = try Degradation.realistic(image, factor: 4, &a)
        XCTAssertEqual(first.shape, [3, 8, 8])
        XCTAssertEqual(first.elements, try Degradation.realistic(image, factor: 4, &b).elements)
        XCTAssertTrue(first.elements.allSatisfy { $0 >= 0 && $0 <= 1 })
    }

    func testPatchTasksShapeTheirInputsAndNoisyPairsAreIndependent() throws {
        let photos = [ramp(height: 40, width: 48), ramp(height: 48, width: 40)]
        let downsampled = PhotoCrops(photos: photos, cropSize: 16, task: .bicubicDownsample(factor: 4), count: 4, seed: 1)
        let example = try downsampled.example(at: 0)
        XCTAssertEqual(example.image.shape, [3, 4, 4])
        XCTAssertEqual(example.target?.shape, [3, 16, 16])
        XCTAssertEqual(example.image.elements, Degradation.bicubicDownsample(example.target!, factor: 4).elements)
        let pairs = PhotoCrops(photos: photos, cropSize: 32, task: .gaussianNoise(sigma: 25, noisyTarget: true), count: 4, seed: 2)
        let pair = try pairs.example(at: 1)
        let clean = PhotoCrops(photos: photos, cropSize: 32, task: .gaussianNoise(sigma: 0, noisyTarget: false), count: 4, seed: 2)
        let truth = try clean.example(at: 1).image.elements
        let noiseA = zip(pair.image.elements, truth).map { Double($0 - $1) }, noiseB = zip(pair.target!.elements, truth).map { Double($0 - $1) }
        func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
        let correlation = dot(noiseA, noiseB) / (dot(noiseA, noiseA) * dot(noiseB, noiseB)).squareRoot()
        // 3,072 independent pairs: the sample correlation's standard deviation is about 0.018.
        XCTAssertLessThan(abs(correlation), 0.1)
        XCTAssertGreaterThan(noiseA.map(abs).max()!, 0.05)
    }

    func testDownsampledPairsKeepLabelsAndTargets() throws {
        let base = ArrayDataset(images: NDArray((0..<2 * 8 * 8).map { Float($0 % 8) / 8 }, shape: [2, 1, 8, 8]), labels: [3, 7])
        let pairs = DownsampledPairs(base, factor: 2)
        let example = try pairs.example(at: 1)
        XCTAssertEqual(example.label, 7)
        XCTAssertEqual(example.image.shape, [1, 4, 4])
        XCTAssertEqual(example.target?.shape, [1, 8, 8])
    }

    func testNamedPhotosReadAFolderAsRGBByName() throws {
        let folder = try TemporaryImageFolder()
        defer { folder.remove() }
        try folder.write("b/second.png", width: 12, height: 10, channels: 1)
        try folder.write("first.jpg", width: 9, height: 7, jpeg: true)
        let photos = try NamedPhotos.folder(folder.path)
        XCTAssertEqual(photos.map(\.name), ["second", "first"], "sorted by path: b/second.png before first.jpg")
        XCTAssertEqual(photos.map { Array($0.image.shape.dropFirst()) }, [[10, 12], [7, 9]])
        XCTAssertTrue(photos.allSatisfy { $0.image.shape[0] == 3 })
        XCTAssertThrowsError(try NamedPhotos.folder(folder.path + "/missing"))
        XCTAssertEqual(try NamedPhotos.bundled().count, BundledData.photoURLs.count)
    }
}
