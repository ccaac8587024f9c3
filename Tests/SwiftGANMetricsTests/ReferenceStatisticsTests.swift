import Foundation
import SwiftGAN
import XCTest

final class ReferenceStatisticsTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("reference-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testReadsNumpyWrittenFloat64StatisticsExactly() throws {
        let statistics = try FeatureStatistics(contentsOf: MetricFixtures.url("reference_statistics", "npz"))
        XCTAssertEqual(statistics.dimension, 4)
        XCTAssertEqual(statistics.count, 0)
        // float64 values survive: a float32 path would lose the low bits of these.
        XCTAssertTrue(statistics.mean.contains { Double(Float($0)) != $0 })
        XCTAssertEqual(statistics.covariance[1], statistics.covariance[4])
    }

    func testWriteAndReadRoundTripsBitForBit() throws {
        var random = RandomGenerator(seed: 3)
        let statistics = try FeatureStatistics(features: random.normal([50, 5]))
        let file = directory.appendingPathComponent("stats.npz")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try statistics.write(to: file)
        XCTAssertEqual(try FeatureStatistics(contentsOf: file), statistics)
    }

    func testCacheComputesOnceAndNamesTheProtocol() throws {
        let cache = ReferenceStatisticsCache(directory: directory)
        let key = ReferenceStatisticsCache.Key(dataset: "mnist", split: "test", featureNetwork: "mnist_classifier")
        XCTAssertEqual(key.fileName, "mnist-test-mnist_classifier-none.npz")
        var computed = 0
        let make = { () throws -> FeatureStatistics in
            computed += 1
            return try FeatureStatistics(features: NDArray([1, 2, 3, 5], shape: [2, 2]))
        }
        let first = try cache.statistics(for: key, compute: make)
        let second = try cache.statistics(for: key, compute: make)
        XCTAssertEqual(computed, 1)
        XCTAssertEqual(first, second)
        XCTAssertEqual(second.count, 2)
    }

    func testAFileWithoutMuAndSigmaIsRefusedNamingIt() throws {
        let file = directory.appendingPathComponent("other.npz")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try NPZ.write(["weights": NDArray(zeros: [2])], to: file)
        XCTAssertThrowsError(try FeatureStatistics(contentsOf: file)) {
            XCTAssertEqual("\($0)", "\(file.path): reference statistics need entries 'mu' and 'sigma' (pytorch-fid's layout); found [\"weights\"]")
        }
    }
}
