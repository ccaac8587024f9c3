import Foundation
import SwiftGAN

/// Finds the checkpoint a command means: a checkpoint file as given, or for
/// a run folder its `best.safetensors`, else its newest step checkpoint.
enum CheckpointLocator {
    static func resolve(_ path: String) throws -> URL {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandError("\(path): no such checkpoint or run folder")
        }
        guard isDirectory.boolValue else { return URL(fileURLWithPath: path) }
        let folder = try RunFolder(existing: URL(fileURLWithPath: path))
        if FileManager.default.fileExists(atPath: folder.bestCheckpointURL.path) { return folder.bestCheckpointURL }
        guard let latest = folder.stepCheckpoints().last else { throw CommandError("\(path): the run has no checkpoint yet") }
        return latest.url
    }
}
