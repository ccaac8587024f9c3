import Foundation
import SwiftGANData
import SwiftGANKernels

/// Your own images: a folder of PNG/JPEG files or an NPY array, with the
/// checks that refuse them before training.
enum UserData {
    static let folder = DatasetEntry(
        "folder", "your images: data.path names a folder of PNG/JPEG files (subfolders are classes), read at data.resolution (28) with data.channels 1 or 3",
        shape: { options in
            let loading = folderLoading(options)
            let classes = try ImageFolderDataset(root: requirePath(options, kind: "folder of images"), loading: loading).classCount
            return DatasetShape(sampleShape: [loading.channels, loading.size!, loading.size!], classCount: classes)
        },
        load: { options, _ in
            let path = try requirePath(options, kind: "folder of images")
            let folder = try ImageFolderDataset(root: path, loading: folderLoading(options))
            guard folder.count > 0 else { throw ConfigurationError(key: "data.path", problem: "\(path) holds no PNG or JPEG images") }
            try folder.validateFiles()
            return folder
        })

    static let npy = DatasetEntry(
        "npy", "your array: data.path names an .npy file [N, C, H, W] of square images with values in [0, 1]",
        shape: { options in
            if let channels = options.channels, let resolution = options.resolution { return DatasetShape(sampleShape: [channels, resolution, resolution], classCount: nil) }
            let path = try requirePath(options, kind: ".npy file")
            let shape = Array(try NPYFile(contentsOf: URL(fileURLWithPath: path)).shape.dropFirst())
            guard shape.count == 3, shape[1] == shape[2] else {
                throw ConfigurationError(key: "data.path", problem: "\(path) holds samples of shape \(shape); the npy dataset takes square images [N, C, H, W]")
            }
            return DatasetShape(sampleShape: shape, classCount: nil)
        },
        load: { options, _ in
            let path = try requirePath(options, kind: ".npy file")
            let file = try NPYDataset(examples: NPYFile(contentsOf: URL(fileURLWithPath: path)))
            try checkValues(of: file.file, path: path)
            return file
        })

    /// How a folder's images are read: `data.channels` (1) at `data.resolution` (28).
    private static func folderLoading(_ options: DataOptions) -> ImageLoading {
        ImageLoading(channels: options.channels ?? 1, size: options.resolution ?? DatasetEntry.defaultResolution)
    }

    private static func requirePath(_ options: DataOptions, kind: String) throws -> String {
        guard let path = options.path else {
            throw ConfigurationError(key: "data.path", problem: "this dataset reads your data from data.path; set it to a \(kind)")
        }
        return path
    }

    /// Refuses an `npy` dataset with values that are not finite or lie outside
    /// [0, 1], before training; rows are read 1,024 at a time.
    static func checkValues(of file: NPYFile, path: String) throws {
        let count = file.shape.first ?? 0
        for start in stride(from: 0, to: count, by: 1_024) {
            let values = try ImageValues(file.rows(start..<min(start + 1_024, count)), path: path)
            guard values.areWithin(0...1, slack: 1e-3) else {
                throw ConfigurationError(key: "data.path", problem: "\(path): the images of an npy dataset must lie in [0, 1], and rows from \(start) span \(values)")
            }
        }
    }
}
