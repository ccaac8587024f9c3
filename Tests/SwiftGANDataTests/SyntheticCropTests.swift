import SwiftGAN
import XCTest

final class SyntheticCropTests: XCTestCase {
    /// Two RGB photos whose pixel values encode their position:
    /// `photo * 0.5 + channel * 0.1 + row * 0.001 + column * 0.00001`.
    private let photos: [NDArray] = [(0, 40, 50), (1, 64, 48)].map { photo, height, width in
        NDArray((0..<3 * height * width).map { i in
            let (channel, row, column) = (i / (height * width), i / width % height, i % width)
            return Float(photo) * 0.5 + Float(channel) * 0.1 + Float(row) * 0.001 + Float(column) * 0.00001
        }, shape: [3, height, width])
    }

    private func crop(_ placement: CropPlacement) -> NDArray {
        photos[placement.photo]
            .slice(axis: 1, start: placement.crop.top, end: placement.crop.top + placement.crop.height)
            .slice(axis: 2, start: placement.crop.left, end: placement.crop.left + placement.crop.width)
    }

    func testTargetsAreCropsAtTheirPlacement() throws {
        let data = PhotoCrops(photos: photos, cropSize: 32, task: .colorization, count: 200, seed: 51)
        var used = Set<Int>()
        for i in 0..<data.count {
            let placement = data.placement(at: i)
            used.insert(placement.photo)
            let shape = photos[placement.photo].shape
            XCTAssertTrue(placement.crop.top + 32 <= shape[1] && placement.crop.left + 32 <= shape[2])
            XCTAssertNil(placement.hole)
            let example = try data.example(at: i)
            XCTAssertEqual(example.target?.shape, [3, 32, 32])
            XCTAssertEqual(example.target?.elements, crop(placement).elements)
        }
        XCTAssertEqual(used, [0, 1])
    }

    func testBT601LumaWeighsTheChannels() {
        XCTAssertEqual(ColorConversion.luma601Weights, [0.299, 0.587, 0.114])
        for channel in 0..<3 {
            var values = [Float](repeating: 0, count: 3 * 16)
            for i in 0..<16 { values[channel * 16 + i] = 1 }
            let gray = ColorConversion.luma601(NDArray(values, shape: [3, 4, 4]))
            XCTAssertEqual(gray.shape, [1, 4, 4])
            XCTAssertTrue(gray.elements.allSatisfy { $0 == ColorConversion.luma601Weights[channel] })
        }
        XCTAssertEqual(ColorConversion.luma601(NDArray(repeating: 1, shape: [3, 2, 2])).elements[0], 1, accuracy: 1e-6)
    }

    func testColorizationInputIsTheCropsLightnessGrayLabeledWithItsPhoto() throws {
        let data = PhotoCrops(photos: photos, cropSize: 24, task: .colorization, count: 5, seed: 52)
        for i in 0..<data.count {
            let example = try data.example(at: i)
            XCTAssertEqual(example.image.shape, [1, 24, 24])
            let rgb = try XCTUnwrap(example.target)
            XCTAssertEqual(example.image.elements, ColorConversion.lightnessGray(rgb).elements)
            XCTAssertEqual(example.label, data.placement(at: i).photo)
        }
        // The gray of a color has its luminance 0.2127 R + 0.7152 G + 0.0722 B in linear light, sRGB-encoded.
        let gray = ColorConversion.lightnessGray(NDArray([0.5, 0.2, 0.9], shape: [3, 1, 1])).elements[0]
        let luminance = 0.212671 * ColorConversion.linearized(0.5) + 0.715160 * ColorConversion.linearized(0.2) + 0.072169 * ColorConversion.linearized(0.9)
        XCTAssertEqual(Double(gray), ColorConversion.encoded(luminance), accuracy: 1e-6)
    }

    func testSuperResolutionInputIsAreaDownThenBilinearUp() throws {
        let data = PhotoCrops(photos: photos, cropSize: 32, task: .superResolution(factor: 4), count: 20, seed: 53)
        for i in 0..<data.count {
            let example = try data.example(at: i)
            let target = try XCTUnwrap(example.target)
            XCTAssertEqual(example.image.shape, [3, 32, 32])
            XCTAssertEqual(target.shape, [3, 32, 32])
            let low = Resampling.areaDownsample(target, factor: 4)
            XCTAssertEqual(low.shape, [3, 8, 8])
            XCTAssertEqual(example.image.elements, Resampling.bilinear(low, height: 32, width: 32).elements)
            // The photos are linear in row and column, which area averaging and
            // bilinear interpolation reproduce away from the crop's border.
            let (a, t) = (example.image.elements, target.elements)
            for r in 2..<30 {
                for c in 2..<30 { XCTAssertEqual(a[r * 32 + c], t[r * 32 + c], accuracy: 1e-5) }
            }
        }
    }

    func testResamplingMatchesPyTorch() {
        let up = Resampling.bilinear(NDArray([1, 2, 3, 4], shape: [1, 2, 2]), height: 4, width: 4)
        XCTAssertEqual(up.shape, [1, 4, 4])
        XCTAssertEqual(up.elements, [1, 1.25, 1.75, 2, 1.5, 1.75, 2.25, 2.5, 2.5, 2.75, 3.25, 3.5, 3, 3.25, 3.75, 4])
        let down = Resampling.areaDownsample(NDArray((0..<16).map(Float.init), shape: [4, 4]), factor: 2)
        XCTAssertEqual(down.elements, [2.5, 4.5, 10.5, 12.5])
    }

    func testInpaintingMasksCoverTheHoleAndZeroFillsIt() throws {
        let data = PhotoCrops(
            photos: photos, cropSize: 32, task: .inpainting(holeSize: 8...16, fill: .zero), count: 100, seed: 54)
        var sides = Set<Int>()
        for i in 0..<data.count {
            let hole = try XCTUnwrap(data.placement(at: i).hole)
            sides.formUnion([hole.height, hole.width])
            XCTAssertTrue((8...16).contains(hole.height) && (8...16).contains(hole.width))
            XCTAssertTrue(hole.top >= 0 && hole.left >= 0 && hole.top + hole.height <= 32 && hole.left + hole.width <= 32)
            let mask = data.mask(at: i)
            XCTAssertEqual(mask.shape, [1, 32, 32])
            XCTAssertEqual(Int(mask.elements.reduce(0, +)), hole.height * hole.width)
            let example = try data.example(at: i)
            let (input, target, m) = (example.image.elements, try XCTUnwrap(example.target).elements, mask.elements)
            XCTAssertEqual(example.image.shape, [3, 32, 32])
            for k in input.indices {
                XCTAssertEqual(input[k], m[k % 1024] == 1 ? 0 : target[k], "example \(i) element \(k)")
            }
        }
        XCTAssertEqual(sides, Set(8...16))
    }

    func testNoiseFillIsUniformAndReproducible() throws {
        let data = PhotoCrops(photos: photos, cropSize: 32, task: .inpainting(holeSize: 16...16, fill: .noise), count: 10, seed: 55)
        let again = PhotoCrops(photos: photos, cropSize: 32, task: .inpainting(holeSize: 16...16, fill: .noise), count: 10, seed: 55)
        var filled = [Float]()
        for i in 0..<data.count {
            let example = try data.example(at: i)
            XCTAssertEqual(example.image.elements, try again.example(at: i).image.elements)
            let m = data.mask(at: i).elements
            filled += example.image.elements.indices.filter { m[$0 % 1024] == 1 }.map { example.image.elements[$0] }
        }
        XCTAssertEqual(filled.count, 10 * 3 * 256)
        XCTAssertTrue(filled.allSatisfy { $0 >= 0 && $0 < 1 })
        XCTAssertEqual(filled.reduce(0, +) / Float(filled.count), 0.5, accuracy: 0.02)
    }

    func testSeedsReproducePlacements() {
        let task = PhotoCropTask.inpainting(holeSize: 4...10, fill: .zero)
        let a = PhotoCrops(photos: photos, cropSize: 16, task: task, count: 50, seed: 56)
        let b = PhotoCrops(photos: photos, cropSize: 16, task: task, count: 50, seed: 56)
        let c = PhotoCrops(photos: photos, cropSize: 16, task: task, count: 50, seed: 57)
        XCTAssertEqual((0..<50).map(a.placement), (0..<50).map(b.placement))
        XCTAssertNotEqual((0..<50).map(a.placement), (0..<50).map(c.placement))
    }
}
