import SwiftGANData
import Foundation

/// Mutation fuzzing of the CIFAR batch reader: CIFAR-10 and CIFAR-100 batches made in memory.
package enum CIFARFuzz {
    /// A campaign of `cases` mutants; each is read as a CIFAR-10 batch, and if
    /// that fails as a CIFAR-100 batch, and every example is decoded.
    package static func campaign(seed: UInt64, cases: Int) -> DecoderFuzzCampaign {
        DecoderFuzzCampaign(format: "cifar", samples: samples(), seed: seed, cases: cases) { bytes in
            let dataset: CIFARDataset
            do {
                dataset = try CIFARDataset(batches: [(Data(bytes), "fuzz.bin")], variant: .cifar10)
            } catch {
                dataset = try CIFARDataset(batches: [(Data(bytes), "fuzz.bin")], variant: .cifar100)
            }
            for index in 0..<dataset.count { _ = try dataset.example(at: index) }
        }
    }

    /// Valid batches: two CIFAR-10 records, and two CIFAR-100 records.
    package static func samples() -> [[UInt8]] {
        let pixels = (0..<3072).map { UInt8(truncatingIfNeeded: $0 * 7) }
        let cifar10 = [3] + pixels + [9] + pixels.reversed()
        let cifar100 = [19, 99] + pixels + [0, 42] + pixels.reversed()
        return [cifar10, cifar100]
    }
}
