import SwiftGANData
import SwiftGANFuzzing
import XCTest

/// Mutation fuzzing of the IDX reader (raw and gzip); see `DecoderFuzzChecks` for the checks and the
/// environment variables that scale it.
final class IDXFuzzTests: XCTestCase {
    func testMutantsAreDecodedOrRejectedCleanly() {
        DecoderFuzzChecks.run { IDXFuzz.campaign(seed: $0, cases: $1) }
    }

    func testUnmutatedSamplesAreAccepted() {
        DecoderFuzzChecks.samplesDecode(IDXFuzz.campaign(seed: 1, cases: 0))
    }
}
