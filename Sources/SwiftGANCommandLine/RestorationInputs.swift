import Foundation
import SwiftGAN

/// The images `enhance` reads, each at its own size: names for the outputs
/// and the images `[1, C, H, W]` in [0, 1] with the model's channels, or for
/// a colorizer the neutral gray of their CIE lightness `[1, 1, H, W]`.
struct RestorationInputs {
    let names: [String]
    let images: [NDArray]

    init(_ spec: String, channels: Int, colorization: Bool = false) throws {
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
        try NamedOutputs.refuseRepeated(named.map(\.name), in: spec, what: "results", command: "enhance")
        names = named.map(\.name)
        images = named.map {
            let array = $0.image.converted(toChannels: channels).array
            return colorization ? ColorConversion.lightnessGray(array.reshaped([1] + array.shape)) : array.reshaped([1] + array.shape)
        }
    }

    /// Refuses an output folder with files of the names to write, unless `overwrite`.
    func prepareOutput(_ folder: String, overwrite: Bool) throws {
        try NamedOutputs.prepare(folder, names: names, overwrite: overwrite, what: "results")
    }
}
