import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files of the atomic writes under way in this process, so
/// that a process stopped by a signal can remove them before it quits
/// instead of leaving hidden `.NAME.tmp-XXXXXX` files beside its outputs.
public final class TemporaryFiles: @unchecked Sendable {
    /// The process's writes.
    public static let shared = TemporaryFiles()
    private let lock = NSLock()
    private var paths: Set<String> = []

    func insert(_ path: String) {
        lock.lock()
        paths.insert(path)
        lock.unlock()
    }

    func remove(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// Removes every temporary file still being written, and returns how many.
    /// Call it only when the process is about to quit: the writes are cut off.
    @discardableResult
    public func removeAll() -> Int {
        lock.lock()
        defer { lock.unlock() }
        for path in paths { unlink(path) }
        defer { paths = [] }
        return paths.count
    }
}
