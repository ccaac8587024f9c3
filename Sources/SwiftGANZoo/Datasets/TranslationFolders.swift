import Foundation
import SwiftGANData

/// Your own translation data, as the pix2pix and CycleGAN repositories lay
/// it out. `paired_folder`: `data.path` holds side-by-side A|B images, or
/// an `A` and a `B` folder of files with the same names; with `train/`
/// inside, that is trained on and `test/` (or `val/`) held out.
/// `unpaired_folder`: `data.path` holds `trainA/` and `trainB/`, and
/// `testA/` and `testB/` when held out. Images are resized to `data.load_size`
/// (`data.resolution` unless given) and cut to `data.resolution` (256),
/// randomly for training and at the centre for held-out images, A and B of
/// a pair alike; `data.channels` (3) for both sides.
enum TranslationFolders {
    static let defaultResolution = 256

    static let paired = DatasetEntry(
        "paired_folder", "your aligned pairs: data.path holds side-by-side A|B images or A/ and B/ folders (train/ and test/ inside when held out), cut to data.resolution (256) after data.load_size",
        shape: { options in
            _ = try pairedData(options, split: "train", random: false)
            return shape(options, targets: .paired)
        },
        load: { options, seed in try pairedData(options, split: "train", random: true, seed: seed) },
        heldOut: { options in
            let root = try requirePath(options)
            let held = ["test", "val"].first { isFolder(root + "/" + $0) }
            return try pairedData(options, split: held ?? "train", random: false)
        })

    static let unpaired = DatasetEntry(
        "unpaired_folder", "your unaligned domains: data.path holds trainA/ and trainB/ (testA/ and testB/ when held out), cut to data.resolution (256) after data.load_size",
        shape: { options in
            _ = try domains(options, prefix: "train", random: false)
            return shape(options, targets: .unpaired)
        },
        load: { options, seed in
            let (a, b) = try domains(options, prefix: "train", random: true, seed: seed)
            return UnpairedView(a, b, seed: seed)
        },
        heldOut: { options in
            let root = try requirePath(options)
            let (a, b) = try domains(options, prefix: isFolder(root + "/testA") && isFolder(root + "/testB") ? "test" : "train", random: false)
            return UnpairedView(a, b, seed: 0)
        })

    private static func shape(_ options: DataOptions, targets: DatasetShape.Targets) -> DatasetShape {
        let (channels, side) = (options.channels ?? 3, options.resolution ?? defaultResolution)
        return DatasetShape(sampleShape: [channels, side, side], classCount: nil, targetShape: [channels, side, side], targets: targets)
    }

    private static func loading(_ options: DataOptions, random: Bool, seed: UInt64) throws -> ImageLoading {
        let side = options.resolution ?? defaultResolution
        if let load = options.loadSize, load < side {
            throw ConfigurationError(key: "data.load_size", problem: "images are resized to it and then cut to data.resolution \(side); it must be at least that, got \(load)")
        }
        return ImageLoading(channels: options.channels ?? 3, size: side, crop: random ? .random(seed: seed) : .center, loadSize: options.loadSize)
    }

    private static func pairedData(_ options: DataOptions, split: String, random: Bool, seed: UInt64 = 0) throws -> PairedImageDataset {
        var root = try requirePath(options)
        if isFolder(root + "/" + split) { root += "/" + split }
        let loading = try loading(options, random: random, seed: seed)
        do {
            if isFolder(root + "/A") && isFolder(root + "/B") { return try PairedImageDataset(folderA: root + "/A", folderB: root + "/B", loading: loading) }
            return try PairedImageDataset(sideBySide: root, loading: loading)
        } catch let error as DataError {
            throw ConfigurationError(key: "data.path", problem: error.description)
        }
    }

    private static func domains(_ options: DataOptions, prefix: String, random: Bool, seed: UInt64 = 0) throws -> (ImageFolderDataset, ImageFolderDataset) {
        let root = try requirePath(options)
        for folder in [prefix + "A", prefix + "B"] where !isFolder(root + "/" + folder) {
            throw ConfigurationError(key: "data.path", problem: "\(root) has no \(folder)/ folder; unpaired_folder reads trainA/ and trainB/ (testA/ and testB/ when held out)")
        }
        let loading = try loading(options, random: random, seed: seed)
        do {
            return (try ImageFolderDataset(root: root + "/" + prefix + "A", loading: loading), try ImageFolderDataset(root: root + "/" + prefix + "B", loading: loading))
        } catch let error as DataError {
            throw ConfigurationError(key: "data.path", problem: error.description)
        }
    }

    private static func requirePath(_ options: DataOptions) throws -> String {
        guard let path = options.path else { throw ConfigurationError(key: "data.path", problem: "this dataset reads your images from data.path; set it to a folder") }
        return path
    }

    private static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
