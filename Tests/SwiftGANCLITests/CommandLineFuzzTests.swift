import Foundation
@testable import SwiftGANCommandLine
@testable import SwiftGANFuzzing
import XCTest

/// A short command-line fuzz campaign: random command lines against small
/// checkpoints and damaged files end with an exit code and a message in
/// words (a crash, hang or memory overrun would end the test process with
/// the case named). The long campaign is `swiftgan-fuzz --format cli`.
final class CommandLineFuzzTests: XCTestCase {
    func testRandomCommandLinesEndWithWords() throws {
        var campaign = CommandLineFuzzCampaign(seed: 20_261_206, cases: 250)
        campaign.hangSeconds = 300
        let report = try campaign.run()
        XCTAssertEqual(report.cases, 250)
        XCTAssertEqual(report.findingCount, 0, report.findings.joined(separator: "\n"))
        XCTAssertGreaterThan(report.succeeded, 25, "the grammar reaches real work, not only refusals")
        XCTAssertGreaterThan(report.failed + report.refused, 100)
        for command in ["train", "sample", "interpolate", "eval", "quality", "inspect"] {
            XCTAssertGreaterThan(report.commands[command] ?? 0, 0, command)
        }
    }

    func testRawSystemErrorsAndOddExitsAreFindings() {
        let outcome = { (code: Int32, message: String) in SwiftGANCommand.Outcome(code: code, message: message, isHelp: false) }
        XCTAssertNil(CommandLineFuzzCampaign.problem(with: outcome(1, "Error: x.png: No space left on device")))
        XCTAssertNil(CommandLineFuzzCampaign.problem(with: outcome(0, "")))
        XCTAssertNotNil(CommandLineFuzzCampaign.problem(with: outcome(1, "Error: The operation could not be completed. (NSCocoaErrorDomain Code=640)")))
        XCTAssertNotNil(CommandLineFuzzCampaign.problem(with: outcome(1, "Error: (SwiftGANNN.AtomicWriteError error 1.)")))
        XCTAssertNotNil(CommandLineFuzzCampaign.problem(with: outcome(1, "")))
        XCTAssertNotNil(CommandLineFuzzCampaign.problem(with: outcome(139, "")))
    }
}
