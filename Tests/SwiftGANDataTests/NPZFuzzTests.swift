import SwiftGANData
import SwiftGANFuzzing
import XCTest

/// Mutation fuzzing of the NPZ reader (stored and deflated); see `DecoderFuzzChecks` for the checks and the
/// environment variables that scale it.
final class NPZFuzzTests: XCTestCase {
    func testMutantsAreDecodedOrRejectedCleanly() {
        DecoderFuzzChecks.run { NPYFuzz.npzCampaign(seed: $0, cases: $1) }
    }

    func testUnmutatedSamplesAreAccepted() {
        DecoderFuzzChecks.samplesDecode(NPYFuzz.npzCampaign(seed: 1, cases: 0))
    }
}
