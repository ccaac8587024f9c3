/// A file that could not be replaced atomically: which file, which step failed and why.
public struct AtomicWriteError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file that was to be written.
    public let path: String
    /// The step that failed, such as `rename /dir/.model.tmp-Ab12Cd over it`.
    public let step: String
    /// The system error number (`errno`).
    public let code: Int32

    /// An error for `step` failing with `code` while writing `path`.
    public init(path: String, step: String, code: Int32) {
        self.path = path
        self.step = step
        self.code = code
    }

    /// The system's words for `code`, such as "No space left on device".
    public var cause: String { SystemCalls.errorMessage(code) }

    public var description: String {
        "cannot write \(path) atomically: \(step) failed: \(cause)"
    }
}
