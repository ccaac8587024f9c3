import Foundation
import SwiftGAN
@testable import SwiftGANData
import SwiftGANTestSupport
import XCTest

/// A dataset whose example `i` is the constant image `i / 100`, failing at `failAt`.
private struct CountingDataset: Dataset {
    let count: Int
    var failAt: Int? = nil
    var shapeChangeAt: Int? = nil
    func example(at index: Int) throws -> Example {
        if index == failAt { throw DataError(path: "/data/\(index).png", offset: 12, problem: "corrupt") }
        let side = index == shapeChangeAt ? 3 : 2
        return Example(image: NDArray(repeating: Float(index) / 100, shape: [1, side, side]), label: index % 3)
    }
    var classCount: Int? { 3 }
}

final class PipelineTests: XCTestCase {
    func values(_ batch: Batch) -> [Int] {
        stride(from: 0, to: batch.images.count, by: 4).map { Int(((batch.images.elements[$0] + 1) / 2 * 100).rounded()) }
    }

    func testEpochsArePermutationsAndSeedsReproduce() throws {
        let loader = try DataLoader(CountingDataset(count: 10), batchSize: 3, seed: 7)
        XCTAssertEqual(loader.batchesPerEpoch, 3)
        let epoch = try (0..<3).flatMap { _ in try loader.next().indices }
        XCTAssertEqual(Set(epoch).count, 9)
        let again = try DataLoader(CountingDataset(count: 10), batchSize: 3, seed: 7, prefetch: 0)
        XCTAssertEqual(try (0..<3).flatMap { _ in try again.next().indices }, epoch)
        XCTAssertEqual(loader.position, LoaderPosition(epoch: 1, batch: 0))
        let nextEpoch = try loader.next().indices
        XCTAssertNotEqual(nextEpoch, Array(epoch.prefix(3)))
        let other = try DataLoader(CountingDataset(count: 10), batchSize: 3, seed: 8)
        XCTAssertNotEqual(try other.next().indices, Array(epoch.prefix(3)))
    }

    func testBatchesAreNormalizedWithLabels() throws {
        let loader = try DataLoader(CountingDataset(count: 5), batchSize: 5, shuffle: false)
        let batch = try loader.next()
        XCTAssertEqual(batch.images.shape, [5, 1, 2, 2])
        XCTAssertEqual(values(batch), [0, 1, 2, 3, 4])
        XCTAssertEqual(batch.images.elements[4], 2 * 0.01 - 1, accuracy: 1e-6)
        XCTAssertEqual(batch.labels, [0, 1, 2, 0, 1])
        let raw = try DataLoader(CountingDataset(count: 5), batchSize: 2, shuffle: false, dropLast: false, normalize: false)
        XCTAssertEqual(raw.batchesPerEpoch, 3)
        _ = try raw.next(); _ = try raw.next()
        XCTAssertEqual(try raw.next().indices, [4])
    }

    func testResumingAtAPositionContinuesTheStream() throws {
        let straight = try DataLoader(CountingDataset(count: 7), batchSize: 2, seed: 3)
        let all = try (0..<8).map { _ in try straight.next().indices }
        let resumed = try DataLoader(CountingDataset(count: 7), batchSize: 2, seed: 3, startingAt: LoaderPosition(epoch: 1, batch: 1))
        XCTAssertEqual(try (0..<4).map { _ in try resumed.next().indices }, Array(all[4...]))
    }

    func testReadingErrorsAndMixedSizesNameTheProblem() throws {
        let loader = try DataLoader(CountingDataset(count: 4, failAt: 2), batchSize: 4, shuffle: false)
        XCTAssertThrowsError(try loader.next()) { XCTAssertEqual("\($0)", "/data/2.png (byte 12): corrupt") }
        XCTAssertEqual(loader.position, LoaderPosition())
        let mixed = try DataLoader(CountingDataset(count: 4, shapeChangeAt: 1), batchSize: 4, shuffle: false, prefetch: 0)
        XCTAssertThrowsError(try mixed.next()) { XCTAssertTrue("\($0)".contains("example 1 has shape [1, 3, 3] but example 0 has [1, 2, 2]"), "\($0)") }
        XCTAssertThrowsError(try DataLoader(CountingDataset(count: 0), batchSize: 1)) { XCTAssertTrue("\($0)".contains("the dataset is empty")) }
        XCTAssertThrowsError(try DataLoader(CountingDataset(count: 3), batchSize: 4)) { XCTAssertTrue("\($0)".contains("fewer than one batch of 4")) }
    }

    func testAugmentationsAreSeededAndDoWhatTheySay() throws {
        let image = NDArray((0..<12).map { Float($0) / 12 }, shape: [1, 3, 4])
        var g = RandomGenerator(seed: 1)
        let flipped = Augmentation(horizontalFlip: 1).apply(to: Example(image: image, target: image), generator: &g)
        assertClose(flipped.image, image.flipped(axes: [2]))
        assertClose(flipped.target!, image.flipped(axes: [2]))
        assertClose(Augmentation.shifted(image, dy: 1, dx: -1), [0, 0, 0, 0, 1.0 / 12, 2.0 / 12, 3.0 / 12, 0, 5.0 / 12, 6.0 / 12, 7.0 / 12, 0], shape: [1, 3, 4], atol: 1e-6)
        let cut = Augmentation.cut(NDArray(repeating: 1, shape: [2, 4, 4]), top: 1, left: 2, size: (2, 2))
        XCTAssertEqual(cut.sum().scalarValue, 32 - 8)
        var a = RandomGenerator(seed: 9), b = RandomGenerator(seed: 9)
        let jitter = Augmentation(horizontalFlip: 0.5, cropPadding: 1, brightness: 0.3, contrast: 0.3, saturation: 0.3, cutout: 0.25)
        let rgb = NDArray((0..<48).map { Float($0) / 48 }, shape: [3, 4, 4])
        XCTAssertEqual(jitter.apply(to: Example(image: rgb), generator: &a).image.elements, jitter.apply(to: Example(image: rgb), generator: &b).image.elements)
        let out = jitter.apply(to: Example(image: rgb), generator: &a).image
        XCTAssertTrue(out.elements.allSatisfy { $0 >= 0 && $0 <= 1 })
    }

    func testLoaderAugmentationIsTheSameWithOrWithoutPrefetch() throws {
        let augmentation = Augmentation(horizontalFlip: 0.5, cropPadding: 1)
        let a = try DataLoader(CountingDataset(count: 6), batchSize: 3, augmentation: augmentation, seed: 2, prefetch: 3)
        let b = try DataLoader(CountingDataset(count: 6), batchSize: 3, augmentation: augmentation, seed: 2, prefetch: 0)
        for _ in 0..<4 { XCTAssertEqual(try a.next().images.elements, try b.next().images.elements) }
    }

    func testArrayDataset() throws {
        let data = ArrayDataset(images: NDArray((0..<12).map(Float.init), shape: [3, 4]), labels: [2, 0, 1])
        XCTAssertEqual(data.classCount, 3)
        XCTAssertEqual(try data.example(at: 1).image.elements, [4, 5, 6, 7])
        XCTAssertEqual(try data.example(at: 2).label, 1)
    }

    /// Reads an array dataset example by example, as datasets without a gathered batch are read.
    private struct OneByOne: Dataset {
        let inner: ArrayDataset
        var count: Int { inner.count }
        func example(at index: Int) throws -> Example { try inner.example(at: index) }
    }

    func testGatheredBatchesEqualExampleByExampleBatches() throws {
        var random = RandomGenerator(seed: 5)
        let data = ArrayDataset(
            images: random.uniform([9, 2, 3]), labels: (0..<9).map { $0 % 4 }, targets: random.uniform([9, 3]))
        let gathered = try DataLoader(data, batchSize: 4, seed: 2, prefetch: 0)
        let oneByOne = try DataLoader(OneByOne(inner: data), batchSize: 4, seed: 2, prefetch: 0)
        for _ in 0..<5 {
            let (a, b) = (try gathered.next(), try oneByOne.next())
            XCTAssertEqual(a.indices, b.indices)
            XCTAssertEqual(a.images.shape, [4, 2, 3])
            XCTAssertEqual(a.images.elements, b.images.elements)
            XCTAssertEqual(a.labels, b.labels)
            XCTAssertEqual(a.targets?.elements, b.targets?.elements)
        }
        XCTAssertNil(OneByOne(inner: data).gatheredBatch(indices: [0], scale: 1, shift: 0))
    }
}
