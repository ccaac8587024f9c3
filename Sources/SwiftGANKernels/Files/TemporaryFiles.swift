import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files (and staging folders) of the writes under way in this
/// process, so that a process stopped by a signal can remove them before it
/// quits instead of leaving hidden `.NAME.tmp-XXXXXX` files beside its outputs.
public final class TemporaryFiles: @unchecked Sendable {
    /// The process's writes.
    public static let shared = TemporaryFiles()
    private let lock = NSLock()
    private var paths: Set<String> = []

    /// Registers a temporary file or folder while it is being written.
    public func insert(_ path: String) {
        lock.lock()
        paths.insert(path)
        lock.unlock()
    }

    /// Forgets `path` once it has been renamed into place or removed.
    public func remove(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// Removes every temporary file and folder still being written, and
    /// returns how many. Call it only when the process is about to quit: the
    /// writes are cut off.
    @discardableResult
    public func removeAll() -> Int {
        lock.lock()
        defer { lock.unlock() }
        for path in paths where unlink(path) != 0 { try? FileManager.default.removeItem(atPath: path) }
        defer { paths = [] }
        return paths.count
    }
}
