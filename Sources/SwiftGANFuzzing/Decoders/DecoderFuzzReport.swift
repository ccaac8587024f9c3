import SwiftGANData
/// Counts of one decoder fuzz campaign.
package struct DecoderFuzzReport: Sendable {
    package let format: String
    package let seed: UInt64
    package var cases = 0
    package var accepted = 0
    package var rejected = 0
    package var seconds = 0.0

    /// One JSON object line.
    package var jsonLine: String {
        #"{"format":"\#(format)","seed":\#(seed),"cases":\#(cases),"accepted":\#(accepted),"rejected":\#(rejected),"crashes":0,"seconds":\#((seconds * 1000).rounded() / 1000)}"#
    }
}
