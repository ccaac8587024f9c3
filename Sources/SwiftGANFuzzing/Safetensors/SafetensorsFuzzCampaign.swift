import SwiftGANNN
import Foundation
import SwiftGANKernels

/// The safetensors fuzzer: mutates random valid files and parses every mutant.
///
/// A mutant must either parse or throw `SafetensorsError` (the only error the
/// reader's typed `throws` allows), without crashing; a parsed mutant must also
/// convert every tensor to `Float` and come back unchanged from `serialized()`
/// and a second parse, or it counts as a failure. The run is determined by its seed.
package struct SafetensorsFuzzCampaign {
    /// The seed of the run.
    package let seed: UInt64
    /// How many mutants to parse.
    package let cases: Int

    /// A run of `cases` mutants from `seed`.
    package init(seed: UInt64, cases: Int) {
        self.seed = seed
        self.cases = cases
    }

    /// Runs every case and reports the outcomes.
    package func run() -> SafetensorsFuzzReport {
        var generator = SplitMix64(seed: seed)
        var report = SafetensorsFuzzReport(seed: seed)
        let start = Date()
        for _ in 0..<cases {
            var mutant = SafetensorsFuzzSample.make(using: &generator)
            var applied = Set<String>()
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let mutation = SafetensorsMutation.allCases.randomElement(using: &generator)!
                mutation.apply(to: &mutant, using: &generator)
                applied.insert(mutation.rawValue)
            }
            for name in applied { report.casesByMutation[name, default: 0] += 1 }
            check(mutant, into: &report)
        }
        report.seconds = Date().timeIntervalSince(start)
        return report
    }

    /// Parses one mutant and records the outcome.
    package func check(_ mutant: [UInt8], into report: inout SafetensorsFuzzReport) {
        report.cases += 1
        do {
            let file = try SafetensorsFile(data: Data(mutant))
            for tensor in file.tensors.values { _ = tensor.toNDArray() }
            let reread = try SafetensorsFile(data: file.serialized())
            guard reread == file else {
                recordFailure("an accepted file changed after a write and re-read: \(mutant)", into: &report)
                return
            }
            report.accepted += 1
        } catch {
            report.rejected += 1
            report.rejectionsByProblem[Self.caseName(of: error.problem), default: 0] += 1
        }
    }

    private func recordFailure(_ description: String, into report: inout SafetensorsFuzzReport) {
        report.failures += 1
        if report.firstFailure == nil { report.firstFailure = description }
    }

    private static func caseName(of problem: SafetensorsProblem) -> String {
        Mirror(reflecting: problem).children.first?.label ?? String(describing: problem)
    }
}
