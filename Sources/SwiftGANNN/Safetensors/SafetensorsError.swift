/// A safetensors file (or buffer) that cannot be read, or a value that cannot be written.
///
/// The description names the file, when there is one, and the problem:
/// `safetensors file /tmp/model.safetensors: tensor "fc.weight": ...`.
public struct SafetensorsError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file the data came from, or `nil` for an in-memory buffer.
    public let path: String?
    /// What is wrong.
    public let problem: SafetensorsProblem

    /// An error about `problem` in the file at `path`.
    public init(path: String?, problem: SafetensorsProblem) {
        self.path = path
        self.problem = problem
    }

    public var description: String {
        if let path { return "safetensors file \(path): \(problem)" }
        return "safetensors data: \(problem)"
    }
}
