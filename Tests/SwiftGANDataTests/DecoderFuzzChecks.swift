import Foundation
import SwiftGANData
import SwiftGANFuzzing
import XCTest

/// The checks every decoder's fuzz test makes: `SWIFTGAN_FUZZ_CASES` mutants
/// (1,000 by default; e.g. 100000 in a release build) from seed
/// `SWIFTGAN_FUZZ_SEED` (default 2024) are each decoded or rejected cleanly
/// (a crash ends the run), some survive and many are rejected; the unmutated
/// samples all decode.
enum DecoderFuzzChecks {
    static func run(
        _ campaign: (UInt64, Int) -> DecoderFuzzCampaign, file: StaticString = #filePath, line: UInt = #line
    ) {
        let environment = ProcessInfo.processInfo.environment
        let cases = environment["SWIFTGAN_FUZZ_CASES"].flatMap { Int($0) } ?? 1000
        let seed = environment["SWIFTGAN_FUZZ_SEED"].flatMap { UInt64($0) } ?? 2024
        let report = campaign(seed, cases).run()
        print(report.jsonLine)
        XCTAssertEqual(report.cases, cases, file: file, line: line)
        XCTAssertEqual(report.accepted + report.rejected, cases, file: file, line: line)
        XCTAssertGreaterThan(report.accepted, 0, "no mutant survived: the mutations are too destructive to test acceptance", file: file, line: line)
        XCTAssertGreaterThan(report.rejected, cases / 10, "too few mutants were rejected: \(report.jsonLine)", file: file, line: line)
    }

    static func samplesDecode(_ campaign: DecoderFuzzCampaign, file: StaticString = #filePath, line: UInt = #line) {
        for sample in campaign.samples { XCTAssertNoThrow(try campaign.decode(sample), file: file, line: line) }
    }
}
