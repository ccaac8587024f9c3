import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Makes folders as `mkdir -p` does, but fails with the system's own reason
/// and the component that caused it (`/runs/afile: Not a directory`), where
/// Foundation reports only a generic file-write error.
public enum FolderMaker {
    /// Creates `url` and any missing parents (mode 0755); an existing folder is fine.
    public static func create(_ url: URL) throws {
        var path = ""
        for component in url.standardizedFileURL.path.split(separator: "/", omittingEmptySubsequences: true) {
            path += "/" + component
            if mkdir(path, 0o755) == 0 { continue }
            let code = errno
            var info = stat()
            if code == EEXIST, stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { continue }
            let reason = code == EEXIST ? ENOTDIR : code
            throw FolderError(path: path, code: reason)
        }
    }
}

/// A folder that cannot be made: the component that failed and why.
public struct FolderError: Error, CustomStringConvertible, Equatable, Sendable {
    public let path: String
    public let code: Int32

    public var description: String { "\(path): \(SystemCalls.errorMessage(code))" }
}
