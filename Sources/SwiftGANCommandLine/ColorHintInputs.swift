import Foundation
import SwiftGAN

/// The hint images `enhance --hints` reads for a user-guided colorizer: one
/// image for a single input, or a folder paired with the inputs by name (an
/// input without one gets no hints). Each must have an alpha channel and its
/// input's size.
struct ColorHintInputs {
    private let byName: [String: NDArray]

    init(_ spec: String, for inputs: RestorationInputs) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: spec, isDirectory: &isFolder) else { throw CommandError("--hints: \(spec): no such file or folder") }
        let paths: [(name: String, path: String)]
        if isFolder.boolValue {
            paths = try ImageFolderDataset(root: spec).paths.map { (URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent, $0) }
        } else {
            guard inputs.names.count == 1 else {
                throw CommandError("--hints: \(spec) is one image for \(inputs.names.count) inputs; give a folder of hint images named as the inputs")
            }
            paths = [(inputs.names[0], spec)]
        }
        var byName: [String: NDArray] = [:]
        for (name, path) in paths {
            guard let index = inputs.names.firstIndex(of: name) else { continue }
            let image = try ImageCodec.read(path)
            guard image.channels == 2 || image.channels == 4 else {
                throw CommandError("--hints: \(path) has no alpha channel; paint the hints on a transparent layer (pixels with alpha at least 1/2 are hints)")
            }
            let size = (inputs.images[index].shape[2], inputs.images[index].shape[3])
            guard (image.height, image.width) == size else {
                throw CommandError("--hints: \(path) is \(image.width)x\(image.height), its input \(name) \(size.1)x\(size.0); hints must have the input's size")
            }
            let array = image.converted(toChannels: 4).array
            byName[name] = array.reshaped([1] + array.shape)
        }
        self.byName = byName
    }

    /// The RGBA hints `[1, 4, H, W]` of input `name`, fully transparent when it has none.
    func hints(for name: String, like image: NDArray) -> NDArray {
        byName[name] ?? NDArray(zeros: [1, 4, image.shape[2], image.shape[3]])
    }
}
