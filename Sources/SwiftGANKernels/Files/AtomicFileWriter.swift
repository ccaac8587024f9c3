import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces a file's contents so that readers, and the file after a crash,
/// hold either the old contents or the complete new ones.
///
/// The data goes to a new temporary file in the target's directory, which is
/// flushed to disk (`fsync`) and renamed over the target; the directory is
/// then flushed so that the rename itself is durable. If anything fails, the
/// temporary file is removed and the target is left untouched. A new file gets
/// mode 0644; a replaced file keeps its mode.
public enum AtomicFileWriter {
    /// Atomically replaces the file at `url` with `data`.
    public static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { append in try append(data) }
    }

    /// Atomically replaces the file at `url` with the chunks `produce` passes to
    /// `append`. An error thrown by `produce` is rethrown unchanged after the
    /// temporary file is removed; system failures throw `AtomicWriteError`.
    public static func write(to url: URL, _ produce: (_ append: (Data) throws -> Void) throws -> Void) throws {
        let target = url.path
        let directory = url.deletingLastPathComponent().path
        var template = Array((directory + "/." + url.lastPathComponent + ".tmp-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else {
            throw AtomicWriteError(path: target, step: "create a temporary file in \(directory)", code: errno)
        }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        TemporaryFiles.shared.insert(temporary)
        var isOpen = true
        var isRenamed = false
        defer {
            if isOpen { close(descriptor) }
            if !isRenamed { unlink(temporary) }
            TemporaryFiles.shared.remove(temporary)
        }
        try produce { chunk in
            if let code = chunk.withUnsafeBytes({ SystemCalls.writeAll(descriptor, $0) }) {
                throw AtomicWriteError(path: target, step: "write to \(temporary)", code: code)
            }
        }
        var existing = stat()
        let mode = stat(target, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644
        guard fchmod(descriptor, mode) == 0 else { throw AtomicWriteError(path: target, step: "chmod \(temporary)", code: errno) }
        if let code = SystemCalls.synchronize(descriptor) { throw AtomicWriteError(path: target, step: "fsync \(temporary)", code: code) }
        isOpen = false
        guard close(descriptor) == 0 else { throw AtomicWriteError(path: target, step: "close \(temporary)", code: errno) }
        guard rename(temporary, target) == 0 else {
            throw AtomicWriteError(path: target, step: "rename \(temporary) over it", code: errno)
        }
        isRenamed = true
        try synchronizeDirectory(directory, target: target)
    }

    /// Flushes `directory`'s entries to disk; file systems that cannot (`EINVAL`) are skipped.
    private static func synchronizeDirectory(_ directory: String, target: String) throws {
        let descriptor = open(directory, O_RDONLY)
        guard descriptor >= 0 else { throw AtomicWriteError(path: target, step: "open directory \(directory)", code: errno) }
        defer { close(descriptor) }
        if let code = SystemCalls.synchronize(descriptor), code != EINVAL {
            throw AtomicWriteError(path: target, step: "fsync directory \(directory)", code: code)
        }
    }
}
