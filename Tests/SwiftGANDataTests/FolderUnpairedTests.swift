import Foundation
import SwiftGAN
import XCTest

/// `UnpairedImageDataset`: trainA/ and trainB/ with a seeded random partner.
final class FolderUnpairedTests: XCTestCase {
    var folder: TemporaryImageFolder!

    override func setUpWithError() throws { folder = try TemporaryImageFolder() }
    override func tearDown() { folder.remove() }

    func testDomainsAreIndexableAndPartnersSeeded() throws {
        for i in 0..<5 { try folder.write("trainA/\(i).png", value: Float(i) / 10) }
        for i in 0..<7 { try folder.write("trainB/\(i).png", width: 4, height: 4, value: 0.5 + Float(i) / 20) }
        let dataset = try UnpairedImageDataset(root: folder.path, loading: ImageLoading(channels: 1), seed: 3)
        XCTAssertEqual(dataset.count, 5)
        XCTAssertEqual(dataset.domainA.count, 5)
        XCTAssertEqual(dataset.domainB.count, 7)
        XCTAssertEqual(try dataset.domainB.example(at: 6).image.shape, [1, 4, 4])
        let partners = (0..<5).map { dataset.partnerIndex(of: $0) }
        XCTAssertEqual(partners, (0..<5).map { dataset.partnerIndex(of: $0) })
        XCTAssertTrue(partners.allSatisfy { (0..<7).contains($0) })
        let example = try dataset.example(at: 2)
        XCTAssertEqual(example.image.elements.first!, Float(51) / 255, accuracy: 1e-6)
        let b = try dataset.domainB.example(at: partners[2]).image
        XCTAssertEqual(try XCTUnwrap(example.target).elements, b.elements)
        var other = dataset
        let draws = (0..<20).map { seed -> Int in
            other.seed = UInt64(seed)
            return other.partnerIndex(of: 2)
        }
        XCTAssertGreaterThan(Set(draws).count, 3)
    }

    func testAMissingDomainIsNamed() throws {
        try folder.write("trainA/a.png")
        XCTAssertThrowsError(try UnpairedImageDataset(root: folder.path)) {
            XCTAssertEqual(($0 as? DataError)?.path, folder.path + "/trainB")
        }
    }
}
