import SwiftGANNN
/// What a fuzzing run saw: how many mutants were parsed, how many were
/// rejected with a `SafetensorsError` (by problem), and any failures, which are
/// other errors or accepted files that do not survive a write and re-read.
package struct SafetensorsFuzzReport: Sendable {
    package var seed: UInt64
    package var cases = 0
    package var accepted = 0
    package var rejected = 0
    package var failures = 0
    /// The first failure, described.
    package var firstFailure: String?
    /// Rejections counted by the problem's case name (`byteCountMismatch`).
    package var rejectionsByProblem: [String: Int] = [:]
    /// Mutants counted by the mutations applied to them (each mutation once per mutant).
    package var casesByMutation: [String: Int] = [:]
    package var seconds = 0.0

    package init(seed: UInt64) { self.seed = seed }

    /// The report as one line of JSON, keys sorted within each object.
    package var jsonLine: String {
        func object(_ counts: [String: Int]) -> String {
            "{" + counts.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
        }
        let failure = firstFailure.map { SafetensorsHeaderWriter.quoted($0) } ?? "null"
        return "{\"seed\":\(seed),\"cases\":\(cases),\"accepted\":\(accepted),\"rejected\":\(rejected),\"failures\":\(failures),"
            + "\"seconds\":\((seconds * 1000).rounded() / 1000),\"first_failure\":\(failure),"
            + "\"rejections\":\(object(rejectionsByProblem)),\"mutations\":\(object(casesByMutation))}"
    }
}
