import SwiftGANData
import Foundation
import SwiftGANKernels

/// Mutation fuzzing of one decoder: valid sample files are mutated (bit flips,
/// byte overwrites with boundary values, truncation, insertion, deletion,
/// chunk duplication, 16/32-bit fields set to extremes) and decoded. A thrown
/// error counts as a rejection; a crash ends the process, so a finished run
/// means no mutant crashed the decoder.
package struct DecoderFuzzCampaign {
    package let format: String
    package let samples: [[UInt8]]
    package let seed: UInt64
    package let cases: Int
    package let decode: ([UInt8]) throws -> Void

    package init(format: String, samples: [[UInt8]], seed: UInt64, cases: Int, decode: @escaping ([UInt8]) throws -> Void) {
        precondition(!samples.isEmpty, "DecoderFuzzCampaign: no samples for \(format)")
        (self.format, self.samples, self.seed, self.cases, self.decode) = (format, samples, seed, cases, decode)
    }

    /// Runs every case and returns the counts.
    package func run() -> DecoderFuzzReport {
        var random = SplitMix64(seed: seed)
        var report = DecoderFuzzReport(format: format, seed: seed)
        let start = Date()
        for _ in 0..<cases {
            var bytes = samples[Int(random.next() % UInt64(samples.count))]
            let rounds = 1 + Int(random.next() % 4)
            for _ in 0..<rounds { mutate(&bytes, &random) }
            report.cases += 1
            do {
                try decode(bytes)
                report.accepted += 1
            } catch {
                report.rejected += 1
            }
        }
        report.seconds = Date().timeIntervalSince(start)
        return report
    }

    private func mutate(_ bytes: inout [UInt8], _ random: inout SplitMix64) {
        let n = bytes.count
        func position() -> Int { n == 0 ? 0 : Int(random.next() % UInt64(n)) }
        switch random.next() % 8 {
        case 0 where n > 0:
            bytes[position()] ^= UInt8(1 << (random.next() % 8))
        case 1 where n > 0:
            let interesting: [UInt8] = [0, 0xFF, 0x7F, 0x80, 1]
            bytes[position()] = random.next() % 2 == 0 ? interesting[Int(random.next() % 5)] : UInt8(truncatingIfNeeded: random.next())
        case 2:
            bytes.removeLast(min(n, 1 + Int(random.next() % UInt64(max(n / 2, 1)))))
        case 3:
            let count = 1 + Int(random.next() % 16)
            bytes.insert(contentsOf: (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }, at: position())
        case 4 where n > 1:
            let start = position()
            bytes.removeSubrange(start..<min(n, start + 1 + Int(random.next() % 32)))
        case 5 where n > 1:
            let start = position(), length = min(n - start, 1 + Int(random.next() % 64))
            bytes.insert(contentsOf: bytes[start..<(start + length)], at: position())
        case 6 where n >= 4:
            let at = Int(random.next() % UInt64(n - 3))
            let extremes: [UInt32] = [0, 1, 0xFFFF_FFFF, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF, 0x1_0000]
            let value = extremes[Int(random.next() % UInt64(extremes.count))]
            let bigEndian = random.next() % 2 == 0
            for k in 0..<4 { bytes[at + k] = UInt8(truncatingIfNeeded: value >> (bigEndian ? 24 - 8 * k : 8 * k)) }
        case 7 where n >= 2:
            let at = Int(random.next() % UInt64(n - 1))
            bytes[at] = UInt8(truncatingIfNeeded: random.next())
            bytes[at + 1] = UInt8(truncatingIfNeeded: random.next())
        default:
            bytes.append(UInt8(truncatingIfNeeded: random.next()))
        }
    }
}
