import Foundation
import SwiftGAN

/// The form of `sample --output`, from its name: a PNG grid, an NPY array, or
/// a folder of PNG files. The two streaming forms hold one batch in memory.
enum SampleOutput {
    case grid(String)
    case array(String)
    case folder(String)

    /// The form `path` names; an extension other than .png and .npy is refused.
    init(_ path: String) throws {
        guard !path.isEmpty else { throw CommandError("--output: give a .png file, a .npy file or a folder name") }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "png": self = .grid(path)
        case "npy": self = .array(path)
        case "": self = .folder(path)
        case let other:
            throw CommandError("--output: '\(path)' ends in .\(other); give a .png file (a grid), a .npy file (an array) or a folder name without an extension")
        }
    }

    var path: String {
        switch self {
        case .grid(let path), .array(let path), .folder(let path): return path
        }
    }

    /// Refuses, before any sample is drawn, what cannot be written: images of
    /// points, a grid too large for memory, more bytes than the disk has, or an
    /// existing output without `overwrite`.
    func check(sampleShape: [Int], count: Int, columns: Int, dataset: String, overwrite: Bool) throws {
        let values = Double(count) * Double(sampleShape.reduce(1, *))
        let url = URL(fileURLWithPath: path)
        switch self {
        case .grid, .folder:
            guard sampleShape.count == 3 else { throw CommandError("--output: \(dataset) samples are points, not images; write them to a .npy file") }
            if case .grid = self {
                // The samples as floats, then the grid (2 pixels of padding) as floats and as PNG bytes.
                let rows = (Double(count) / Double(min(columns, count))).rounded(.up), width = Double(min(columns, count))
                let gridValues = rows * width * Double(sampleShape[0] * (sampleShape[1] + 2) * (sampleShape[2] + 2))
                try ResourceCheck.requireMemory(4 * values + 5 * gridValues, for: "a grid of \(count) samples", option: "--count")
            } else {
                try ResourceCheck.requireDisk(values + 200 * Double(count), at: url.appendingPathComponent("x"), for: "\(count) PNG files", option: "--count")
            }
        case .array:
            try ResourceCheck.requireDisk(4 * values + 128, at: url, for: "an array of \(count) samples", option: "--count")
        }
        try ResourceCheck.requireNew(path, option: "--output", overwrite: overwrite)
    }

    /// Writes `count` samples of `sampleShape` that `produce` hands over in batches.
    func write(count: Int, sampleShape: [Int], columns: Int, produce: (_ body: (NDArray) throws -> Void) throws -> Void) throws {
        switch self {
        case .grid(let path):
            var batches: [NDArray] = []
            try produce { batches.append($0) }
            try ImageGrid(columns: columns).writePNG(NDArray.concatenate(batches, axis: 0), to: path)
        case .array(let path):
            try NPY.write(shape: [count] + sampleShape, to: URL(fileURLWithPath: path)) { append in
                try withoutActuallyEscaping(append) { try produce($0) }
            }
        case .folder(let path):
            try writeFolder(path, count: count, produce: produce)
        }
    }

    /// One PNG file per sample, `0000.png` on, written into a hidden sibling
    /// folder first: a failure or Ctrl-C removes that folder and leaves the
    /// output as it was. Once every file is written, a new output folder is the
    /// sibling renamed; an existing one (with `--overwrite`) loses its old PNG
    /// files, keeps any other file, and gets the new ones.
    private func writeFolder(_ path: String, count: Int, produce: (_ body: (NDArray) throws -> Void) throws -> Void) throws {
        let folder = URL(fileURLWithPath: path).standardizedFileURL
        let staging = folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).tmp-\(getpid())-\(UUID().uuidString.prefix(8))")
        TemporaryFiles.shared.insert(staging.path)
        defer {
            try? FileManager.default.removeItem(at: staging)
            TemporaryFiles.shared.remove(staging.path)
        }
        do {
            try FolderMaker.create(staging)
            let digits = String(count - 1).count
            var written = 0
            try produce { batch in
                for row in 0..<batch.shape[0] {
                    let sample = batch.slice(axis: 0, start: row, end: row + 1).reshaped(Array(batch.shape.dropFirst()))
                    let name = String(written)
                    let file = staging.appendingPathComponent(String(repeating: "0", count: digits - name.count) + name + ".png")
                    try Data(PNGCodec.encode(Image(array: sample.map(.affine(scale: 0.5, shift: 0.5))))).write(to: file)
                    written += 1
                }
            }
            try place(staging, at: folder)
        } catch {
            throw CommandError("\(path): the samples cannot be written (\(ErrorText.describeNamingFile(error))); the output was left as it was")
        }
    }

    /// Moves the finished files of `staging` to `folder`, after checking that
    /// no new name is taken by something that is not a file (before any change).
    private func place(_ staging: URL, at folder: URL) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: folder.path) else {
            try manager.moveItem(at: staging, to: folder)
            return
        }
        let new = try manager.contentsOfDirectory(atPath: staging.path)
        func isFile(_ name: String) -> Bool {
            var isDirectory: ObjCBool = false
            return manager.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
        if let taken = new.first(where: { manager.fileExists(atPath: folder.appendingPathComponent($0).path) && !isFile($0) }) {
            throw CommandError("\(folder.appendingPathComponent(taken).path) is a folder, not a file a sample can replace")
        }
        for old in try manager.contentsOfDirectory(atPath: folder.path) where old.lowercased().hasSuffix(".png") && isFile(old) {
            try manager.removeItem(at: folder.appendingPathComponent(old))
        }
        for name in new {
            try manager.moveItem(at: staging.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
    }
}
