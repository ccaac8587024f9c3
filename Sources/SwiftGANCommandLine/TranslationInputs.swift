import Foundation
import SwiftGAN

/// The images `translate` reads, fitted to the translator's side: names for
/// the outputs, the inputs `[N, C, S, S]` in [-1, 1], the targets of paired
/// files, and the part of the square each image fills (all of it for
/// `crop`; the resized image for `pad`).
struct TranslationInputs {
    enum Fit { case crop, pad }

    let names: [String]
    let arrays: NDArray
    let targets: NDArray?
    /// The rows and columns of the square an image fills, per image.
    let regions: [(top: Int, left: Int, height: Int, width: Int)]

    init(_ spec: String, channels: Int, targetChannels: Int, side: Int, fit: Fit, paired: Bool) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: spec, isDirectory: &isFolder) else {
            throw CommandError("\(spec): no such file or folder; give an image, a folder of images or an .npy array")
        }
        var named: [(name: String, image: Image, target: Image?)] = []
        if URL(fileURLWithPath: spec).pathExtension.lowercased() == "npy" {
            guard !paired else { throw CommandError("--paired reads side-by-side image files, not an .npy array") }
            named = try Self.arrayImages(spec, channels: channels).map { ($0.name, $0.image, nil) }
        } else {
            let paths = isFolder.boolValue ? try ImageFolderDataset(root: spec).paths : [spec]
            guard !paths.isEmpty else { throw CommandError("\(spec): the folder holds no PNG or JPEG images") }
            for path in paths {
                let image = try ImageCodec.read(path)
                let (a, b): (Image, Image?) = paired ? try PairedImageDataset.halves(image, path: path) : (image, nil)
                named.append((URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent, a, b))
            }
        }
        try NamedOutputs.refuseRepeated(named.map(\.name), in: spec, what: "translations", command: "translate")
        for (name, image, _) in named where min(image.width, image.height) < side / 2 {
            throw CommandError("\(name): the image is \(image.width)x\(image.height), too small for a translator trained at \(side)x\(side); give images of at least \(side / 2) pixels a side")
        }
        names = named.map(\.name)
        let fitted = named.map { Self.fitted($0.image.converted(toChannels: channels), side: side, fit: fit) }
        regions = fitted.map(\.region)
        arrays = Self.stack(fitted.map(\.array))
        targets = paired ? Self.stack(named.map { Self.fitted($0.target!.converted(toChannels: targetChannels), side: side, fit: fit).array }) : nil
    }

    /// Refuses an output folder with files of the names to write, unless `overwrite`.
    func prepareOutput(_ folder: String, overwrite: Bool) throws {
        try NamedOutputs.prepare(folder, names: names, overwrite: overwrite, what: "translations")
    }

    /// Each translation, cut back to its image's region, as `folder/NAME.png`.
    func write(_ outputs: NDArray, to folder: String) throws {
        for (i, name) in names.enumerated() {
            let r = regions[i]
            let image = outputs.slice(axis: 0, start: i, end: i + 1)
                .slice(axis: 2, start: r.top, end: r.top + r.height).slice(axis: 3, start: r.left, end: r.left + r.width)
            try ImageGrid(columns: 1, padding: 0).writePNG(image, to: folder + "/" + name + ".png")
        }
    }

    /// The rows of an .npy array as images: channels must match, values 0-255 integers or floats in [0, 1].
    static func arrayImages(_ path: String, channels: Int) throws -> [(name: String, image: Image)] {
        let file = try NPYFile(contentsOf: URL(fileURLWithPath: path))
        guard file.shape.count == 4 else { throw CommandError("\(path): holds an array of shape \(file.shape); images are read as [N, C, H, W]") }
        guard file.shape[1] == channels else {
            throw CommandError("\(path): the images have \(file.shape[1]) channel\(file.shape[1] == 1 ? "" : "s") and the model takes \(channels)")
        }
        let array = file.rows(0..<file.shape[0])
        let values = try ImageValues(array, path: path)
        let scale: Float
        if file.header.dtype.scalarType.isInteger {
            guard values.areWithin(0...255) else { throw CommandError("\(path): integer images must hold 0-255, and these values span \(values.description)") }
            scale = 1 / 255
        } else {
            guard values.areWithin(0...1, slack: 1e-3) else { throw CommandError("\(path): float images must lie in [0, 1], and these values span \(values.description)") }
            scale = 1
        }
        let scaled = array.map(.affine(scale: scale, shift: 0)).map(.clamp(low: 0, high: 1))
        return (0..<file.shape[0]).map { i in
            (String(format: "%05d", i), Image(array: scaled.slice(axis: 0, start: i, end: i + 1).reshaped(Array(file.shape.dropFirst()))))
        }
    }

    /// `image` fitted into a `side` square: the array `[C, side, side]` in [-1, 1] and the region the image fills.
    private static func fitted(_ image: Image, side: Int, fit: Fit) -> (array: NDArray, region: (top: Int, left: Int, height: Int, width: Int)) {
        switch fit {
        case .crop:
            return (image.resized(shorterSide: side).centerCropped(width: side, height: side).array.map(.affine(scale: 2, shift: -1)), (0, 0, side, side))
        case .pad:
            let scale = Double(side) / Double(max(image.width, image.height))
            let (width, height) = (max(1, Int((Double(image.width) * scale).rounded())), max(1, Int((Double(image.height) * scale).rounded())))
            let resized = image.resized(width: width, height: height).array.map(.affine(scale: 2, shift: -1))
            let (top, left) = ((side - height) / 2, (side - width) / 2)
            let padded = withoutGrad {
                Tensor(resized.reshaped([1] + resized.shape)).pad([(0, 0), (0, 0), (top, side - height - top), (left, side - width - left)], mode: .replicate).value
            }
            return (padded.reshaped(Array(padded.shape.dropFirst())), (top, left, height, width))
        }
    }

    private static func stack(_ arrays: [NDArray]) -> NDArray {
        NDArray.concatenate(arrays.map { $0.reshaped([1] + $0.shape) }, axis: 0)
    }
}
