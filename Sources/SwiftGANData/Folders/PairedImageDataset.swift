import Foundation

/// Paired images for `A -> B` translation (pix2pix), either side by side in
/// one file (`A` the left half, `B` the right, split at `width / 2`) or as
/// files of the same name (extension aside, subfolders included) in an `A`
/// and a `B` folder. `Example.image` is `A`, `Example.target` is `B`; both get
/// the same crop. Files are decoded in `example(at:)`.
public struct PairedImageDataset: Dataset {
    /// The `A` files (or the side-by-side files), sorted by path.
    public let pathsA: [String]
    /// The `B` file of each `A` file; `nil` for side-by-side files.
    public let pathsB: [String]?
    /// How files become example images.
    public var loading: ImageLoading
    let firstSize: ImageSize

    /// Side-by-side pairs: every image file under `folder`.
    public init(sideBySide folder: String, loading: ImageLoading = ImageLoading()) throws {
        let listing = try FolderListing(root: folder)
        self.pathsA = listing.images.map(listing.path)
        self.pathsB = nil
        self.loading = loading
        let first = try ImageCodec.size(ImageCodec.readBytes(pathsA[0]), path: pathsA[0])
        self.firstSize = ImageSize(width: first.width / 2, height: first.height, path: pathsA[0])
    }

    /// Pairs of files with the same relative name (without extension) in `folderA` and `folderB`;
    /// any file without a partner is an error that names it.
    public init(folderA: String, folderB: String, loading: ImageLoading = ImageLoading()) throws {
        let listingA = try FolderListing(root: folderA)
        let a = try Self.keyed(listingA), b = try Self.keyed(FolderListing(root: folderB))
        let onlyA = a.keys.filter { b[$0] == nil }.sorted(), onlyB = b.keys.filter { a[$0] == nil }.sorted()
        guard onlyA.isEmpty && onlyB.isEmpty else {
            let describe = { (keys: [String], folder: String, other: String) -> String in
                keys.isEmpty ? "" : "\(keys.count) files in \(folder) have no match in \(other): "
                    + keys.prefix(5).joined(separator: ", ") + (keys.count > 5 ? ", ..." : "") + ". "
            }
            throw DataError(
                path: folderA,
                problem: "unmatched pairs: " + describe(onlyA.map { a[$0]! }, folderA, folderB)
                    + describe(onlyB.map { b[$0]! }, folderB, folderA))
        }
        let keys = listingA.images.map { Self.key($0.joined(separator: "/")) }
        self.pathsA = keys.map { folderA + "/" + a[$0]! }
        self.pathsB = keys.map { folderB + "/" + b[$0]! }
        self.loading = loading
        let first = try ImageCodec.size(ImageCodec.readBytes(pathsA[0]), path: pathsA[0])
        self.firstSize = ImageSize(width: first.width, height: first.height, path: pathsA[0])
    }

    /// The number of examples.
    public var count: Int { pathsA.count }

    /// The prepared `A` and `B` images of pair `index`.
    public func pair(at index: Int) throws -> (a: Image, b: Image) {
        precondition(pathsA.indices.contains(index), "PairedImageDataset: index \(index) is not in 0..<\(count)")
        var (a, b): (Image, Image)
        if let pathsB {
            (a, b) = (try ImageCodec.read(pathsA[index]), try ImageCodec.read(pathsB[index]))
            try loading.checkUniform(b, path: pathsB[index], expected: firstSize)
        } else {
            (a, b) = try Self.halves(ImageCodec.read(pathsA[index]), path: pathsA[index])
            try loading.checkUniform(b, path: pathsA[index], expected: firstSize)
        }
        try loading.checkUniform(a, path: pathsA[index], expected: firstSize)
        return (loading.prepare(a, index: index), loading.prepare(b, index: index))
    }

    /// Example `index`, decoded from disk now.
    public func example(at index: Int) throws -> Example {
        let (a, b) = try pair(at: index)
        return Example(image: a.array, target: b.array)
    }

    /// The left and right halves of a side-by-side image (`path` names it in errors).
    public static func halves(_ image: Image, path: String) throws -> (Image, Image) {
        guard image.width >= 2 else {
            throw DataError(path: path, problem: "a side-by-side pair needs a width of at least 2, not \(image.width)")
        }
        let half = image.width / 2
        return (image.cropped(x: 0, y: 0, width: half, height: image.height),
                image.cropped(x: half, y: 0, width: image.width - half, height: image.height))
    }

    /// A relative path without its extension.
    private static func key(_ relative: String) -> String {
        (relative as NSString).deletingPathExtension
    }

    /// The listing's files by relative path without extension; two files that differ only by extension are an error.
    private static func keyed(_ listing: FolderListing) throws -> [String: String] {
        var keyed: [String: String] = [:]
        for components in listing.images {
            let relative = components.joined(separator: "/")
            let key = Self.key(relative)
            if let other = keyed[key] {
                throw DataError(
                    path: listing.root, problem: "\(other) and \(relative) have the same name; which one is the pair is unclear")
            }
            keyed[key] = relative
        }
        return keyed
    }
}
