import SwiftGANData
import SwiftGANFuzzing
import XCTest

/// Mutation fuzzing of the CIFAR reader; see `DecoderFuzzChecks` for the checks and the
/// environment variables that scale it.
final class CIFARFuzzTests: XCTestCase {
    func testMutantsAreDecodedOrRejectedCleanly() {
        DecoderFuzzChecks.run { CIFARFuzz.campaign(seed: $0, cases: $1) }
    }

    func testUnmutatedSamplesAreAccepted() {
        DecoderFuzzChecks.samplesDecode(CIFARFuzz.campaign(seed: 1, cases: 0))
    }
}
