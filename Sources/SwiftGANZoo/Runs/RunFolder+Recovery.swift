import Foundation
import SwiftGANKernels

extension RunFolder {
    /// Removes the temporary files an atomic write leaves when its process is
    /// killed mid-write (`.NAME.tmp-XXXXXX` beside the file it was to replace)
    /// in the run folder, `checkpoints/` and `samples/`. Call it only while
    /// holding the run's `RunLock`, when no write of this run can be under way.
    /// Returns the files removed.
    @discardableResult
    public func removeStaleTemporaries() -> [URL] {
        var removed: [URL] = []
        for directory in [url, checkpointsURL, samplesURL] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in names where name.hasPrefix(".") && name.contains(".tmp-") {
                let file = directory.appendingPathComponent(name)
                if (try? FileManager.default.removeItem(at: file)) != nil { removed.append(file) }
            }
        }
        return removed
    }

    /// Renames the step checkpoints past `step` to `step-N.safetensors.abandoned-T`
    /// (T the time in seconds): a run resumed from an earlier checkpoint must not
    /// later take them for its newest, and they are kept for the user to remove.
    /// Returns the new names.
    @discardableResult
    public func setAsideCheckpoints(after step: Int) throws -> [URL] {
        try stepCheckpoints().filter { $0.step > step }.map { try setAside($0.url) }
    }

    /// Renames `file` to `NAME.abandoned-T` (T the time in seconds, then a
    /// counter while that name is taken), so nothing set aside is overwritten.
    @discardableResult
    public func setAside(_ file: URL) throws -> URL {
        let stamp = Int(Date().timeIntervalSince1970)
        var aside = file.appendingPathExtension("abandoned-\(stamp)")
        var counter = 1
        while FileManager.default.fileExists(atPath: aside.path) {
            aside = file.appendingPathExtension("abandoned-\(stamp)-\(counter)")
            counter += 1
        }
        do {
            try FileManager.default.moveItem(at: file, to: aside)
        } catch {
            throw RunError("\(file.path): cannot be set aside (\(ErrorText.describe(error)))")
        }
        return aside
    }

    /// The step checkpoint `name` names: `step-N`, `N`, or its file name `step-NNNNNNN.safetensors`.
    public func checkpoint(named name: String) throws -> (step: Int, url: URL) {
        let stem = name.hasSuffix(".safetensors") ? String(name.dropLast(12)) : name
        let digits = stem.hasPrefix("step-") ? String(stem.dropFirst(5)) : stem
        guard let step = Int(digits), let found = stepCheckpoints().first(where: { $0.step == step }) else {
            let present = stepCheckpoints().map { String(format: "step-%d", $0.step) }
            throw RunError("--from \(name): \(url.path) has no such checkpoint; it has \(present.isEmpty ? "none" : present.joined(separator: ", "))")
        }
        return found
    }
}
