import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The advisory lock a training process holds on its run folder (`flock` on
/// `.lock`, which holds the holder's pid), so that a second process cannot
/// train into the same folder. The system releases it when the process
/// ends, however it ends, so a killed run never leaves the folder locked.
public final class RunLock {
    /// The lock file.
    public let url: URL
    private let descriptor: Int32

    /// Takes the lock of `folder`, or throws a `RunError` naming the process that holds it.
    public init(folder: RunFolder) throws {
        url = folder.url.appendingPathComponent(".lock")
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw RunError("\(url.path): the run folder cannot be locked (\(String(cString: strerror(errno))))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            let holder = Self.holder(descriptor)
            close(descriptor)
            guard code == EWOULDBLOCK else {
                throw RunError("\(url.path): the run folder cannot be locked (\(String(cString: strerror(code))))")
            }
            throw RunError("\(folder.url.path): another swiftgan process\(holder.map { " (pid \($0))" } ?? "") is training in this run folder; wait for it to finish or stop it first")
        }
        self.descriptor = descriptor
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    deinit {
        close(descriptor)
    }

    /// Whether some process holds the lock of `folder` now.
    public static func isHeld(_ folder: RunFolder) -> Bool {
        let descriptor = open(folder.url.appendingPathComponent(".lock").path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_SH | LOCK_NB) == 0 { return false }
        return errno == EWOULDBLOCK
    }

    /// The pid written in the lock file, if it holds one.
    private static func holder(_ descriptor: Int32) -> Int? {
        var bytes = [UInt8](repeating: 0, count: 32)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 32, 0) }
        guard count > 0 else { return nil }
        return Int(String(decoding: bytes.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
