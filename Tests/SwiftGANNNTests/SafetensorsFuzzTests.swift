import SwiftGAN
import SwiftGANNN
import SwiftGANFuzzing
import XCTest

/// A short run of the `swiftgan-fuzz` campaign, so that the suite keeps the reader honest on damaged files.
final class SafetensorsFuzzTests: XCTestCase {
    func testTwoThousandMutantsAreParsedOrRejectedCleanly() {
        let report = SafetensorsFuzzCampaign(seed: 2024, cases: 2000).run()
        XCTAssertEqual(report.cases, 2000)
        XCTAssertEqual(report.failures, 0, report.firstFailure ?? "")
        XCTAssertEqual(report.accepted + report.rejected, 2000)
        XCTAssertGreaterThan(report.accepted, 0, "no mutant survived: the mutations are too destructive to test acceptance")
        XCTAssertGreaterThan(report.rejectionsByProblem.count, 10, "the mutants reach too few checks: \(report.jsonLine)")
    }

    func testTheSameSeedGivesTheSameRun() {
        let first = SafetensorsFuzzCampaign(seed: 9, cases: 300).run()
        let second = SafetensorsFuzzCampaign(seed: 9, cases: 300).run()
        XCTAssertEqual(first.rejectionsByProblem, second.rejectionsByProblem)
        XCTAssertEqual(first.accepted, second.accepted)
    }

    func testUnmutatedSamplesAreAccepted() {
        var generator = SplitMix64(seed: 5)
        var report = SafetensorsFuzzReport(seed: 5)
        let campaign = SafetensorsFuzzCampaign(seed: 5, cases: 0)
        for _ in 0..<200 { campaign.check(SafetensorsFuzzSample.make(using: &generator), into: &report) }
        XCTAssertEqual(report.accepted, 200, report.jsonLine)
    }
}
