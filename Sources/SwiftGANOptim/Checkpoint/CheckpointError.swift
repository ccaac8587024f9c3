/// A checkpoint that cannot be written, read or restored, naming the file and the problem.
public struct CheckpointError: Error, CustomStringConvertible, Equatable {
    /// The checkpoint file, when there is one.
    public let path: String?
    /// What is wrong.
    public let problem: String

    public init(path: String?, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String {
        path.map { "checkpoint \($0): \(problem)" } ?? "checkpoint: \(problem)"
    }
}
