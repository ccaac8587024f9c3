/// A data file or folder that cannot be read, naming the file and, for binary
/// formats, the byte offset where the problem was found.
public struct DataError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file or folder, when there is one.
    public let path: String?
    /// The byte offset in the file, for binary formats.
    public let offset: Int?
    /// What is wrong.
    public let problem: String

    public init(path: String?, offset: Int? = nil, problem: String) {
        self.path = path
        self.offset = offset
        self.problem = problem
    }

    public var description: String {
        var text = path ?? "data"
        if let offset { text += " (byte \(offset))" }
        return text + ": " + problem
    }

    /// The same problem attributed to `path` (for errors raised before the path was known).
    public func at(path: String) -> DataError {
        DataError(path: self.path ?? path, offset: offset, problem: problem)
    }
}
