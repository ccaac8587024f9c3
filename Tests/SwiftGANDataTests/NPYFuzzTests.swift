import SwiftGANData
import SwiftGANFuzzing
import XCTest

/// Mutation fuzzing of the NPY reader; see `DecoderFuzzChecks` for the checks and the
/// environment variables that scale it.
final class NPYFuzzTests: XCTestCase {
    func testMutantsAreDecodedOrRejectedCleanly() {
        DecoderFuzzChecks.run { NPYFuzz.campaign(seed: $0, cases: $1) }
    }

    func testUnmutatedSamplesAreAccepted() {
        DecoderFuzzChecks.samplesDecode(NPYFuzz.campaign(seed: 1, cases: 0))
    }
}
