import Foundation
import SwiftGAN

/// The images `enhance` reads, each at its own size: names for the outputs
/// and the images `[1, C, H, W]` in [0, 1] with the model's channels.
struct RestorationInputs {
    let names: [String]
    let images: [NDArray]

    init(_ spec: String, channels: Int) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: spec, isDirectory: &isFolder) else {
            throw CommandError("\(spec): no such file or folder; give an image, a folder of images or an .npy array")
        }
        var named: [(name: String, image: Image)]
        if URL(fileURLWithPath: spec).pathExtension.lowercased() == "npy" {
            named = try TranslationInputs.arrayImages(spec, channels: channels)
        } else {
            let paths = isFolder.boolValue ? try ImageFolderDataset(root: spec).paths : [spec]
            guard !paths.isEmpty else { throw CommandError("\(spec): the folder holds no PNG or JPEG images") }
            named = try paths.map { (URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent, try ImageCodec.read($0)) }
        }
        if let repeated = Dictionary(grouping: named.map(\.name), by: { $0 }).first(where: { $0.value.count > 1 })?.key {
            throw CommandError("\(spec): more than one image is named \(repeated) (in different folders), and their results would overwrite each other; enhance the folders one at a time")
        }
        names = named.map(\.name)
        images = named.map { let array = $0.image.converted(toChannels: channels).array; return array.reshaped([1] + array.shape) }
    }

    /// Refuses an output folder with files of the names to write, unless `overwrite`.
    func prepareOutput(_ folder: String, overwrite: Bool) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if !overwrite, let existing = names.first(where: { FileManager.default.fileExists(atPath: folder + "/" + $0 + ".png") }) {
            throw CommandError("\(folder)/\(existing).png exists; give --overwrite to replace the results in \(folder)")
        }
    }
}
