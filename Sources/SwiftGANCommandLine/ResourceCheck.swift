import Foundation
import SwiftGAN

/// Checks made before a command does its work, so that a request that cannot
/// fit (memory, disk) or would replace a user's files fails at once, with the
/// option to change, instead of after minutes or halfway through its output.
enum ResourceCheck {
    /// The memory a command may take for one output held whole: a quarter of the machine's.
    static var memoryBudget: Int { Int(min(ProcessInfo.processInfo.physicalMemory / 4, UInt64(Int.max))) }

    /// Refuses `bytes` of memory for `what` beyond `memoryBudget`, naming `option`.
    static func requireMemory(_ bytes: Double, for what: String, option: String) throws {
        guard bytes <= Double(memoryBudget) else {
            throw CommandError("\(option): \(what) would take \(format(bytes)) of memory, more than the \(format(Double(memoryBudget))) allowed (a quarter of this machine's); ask for less")
        }
    }

    /// Refuses to write `bytes` for `what` into the folder of `url` when its file system has less free space.
    static func requireDisk(_ bytes: Double, at url: URL, for what: String, option: String) throws {
        var folder = url.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.path) && folder.path != "/" { folder = folder.deletingLastPathComponent() }
        var info = statvfs()
        guard statvfs(folder.path, &info) == 0 else { return }
        let free = Double(info.f_bavail) * Double(info.f_frsize)
        guard bytes <= free else {
            throw CommandError("\(option): \(what) would take \(format(bytes)) and \(folder.path) has \(format(free)) free; ask for less or write elsewhere")
        }
    }

    /// Refuses an existing file, or a folder with files in it, at `path` unless `overwrite`.
    static func requireNew(_ path: String, option: String, overwrite: Bool) throws {
        guard !overwrite else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue {
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            guard !contents.isEmpty else { return }
            throw CommandError("\(option): the folder \(path) already holds \(contents.count) files; give --overwrite to replace them, or another folder")
        }
        throw CommandError("\(option): \(path) exists; give --overwrite to replace it, or another name")
    }

    /// `bytes` in the largest unit that keeps the number above 1 (KiB to TiB).
    static func format(_ bytes: Double) -> String {
        var value = bytes, unit = "bytes"
        for next in ["KiB", "MiB", "GiB", "TiB", "PiB"] where value >= 1024 {
            value /= 1024
            unit = next
        }
        return unit == "bytes" ? "\(Int(value)) bytes" : String(format: "%.1f", value) + " " + unit
    }
}
