import SwiftGANKernels

/// The PNG and JPEG files under a folder, as torchvision's `ImageFolder`:
/// found recursively and sorted by path; when they sit in subfolders, each
/// top-level subfolder is a class and labels `0..<K` follow the folders'
/// names in sorted order; when they sit directly in the folder, examples have
/// no label. Files are decoded in `example(at:)`, one at a time, so a folder
/// larger than memory streams from disk.
///
/// Other files (by extension) are skipped and listed in `skippedFiles`; a
/// folder that does not exist, is empty, holds no image files, or holds images
/// next to class folders is rejected. Without `loading.size`, every image must
/// have the size of the first one (checked as each is read).
public struct ImageFolderDataset: Dataset {
    /// The folder.
    public let root: String
    /// The image files, sorted.
    public let paths: [String]
    /// Each file's class, when the images sit in class folders.
    public let labels: [Int]?
    /// The class folders' names, in label order (empty without classes).
    public let classNames: [String]
    /// Files that were skipped for not being PNG or JPEG files (relative paths).
    public let skippedFiles: [String]
    /// How files become example images.
    public var loading: ImageLoading
    let firstSize: ImageSize

    /// Lists `root`; nothing is decoded (the first file's header is read for its size).
    public init(root: String, loading: ImageLoading = ImageLoading()) throws {
        let listing = try FolderListing(root: root)
        let loose = listing.images.filter { $0.count == 1 }
        let classFolders = Array(Set(listing.images.filter { $0.count > 1 }.map { $0[0] }))
            .sorted { FolderListing.precedes([$0], [$1]) }
        if !loose.isEmpty && !classFolders.isEmpty {
            let names = loose.prefix(3).map { $0[0] }.joined(separator: ", ")
            throw DataError(
                path: root,
                problem: "\(loose.count) images (\(names)\(loose.count > 3 ? ", ..." : "")) sit next to the class folders "
                    + "\(classFolders.joined(separator: ", ")); move them into a class folder, or keep only loose images")
        }
        if !classFolders.isEmpty, let empty = listing.topFolders.first(where: { !classFolders.contains($0) }) {
            throw DataError(path: root + "/" + empty, problem: "this class folder holds no PNG or JPEG files")
        }
        self.root = root
        self.paths = listing.images.map(listing.path)
        self.classNames = classFolders
        let labelOf = Dictionary(uniqueKeysWithValues: classFolders.enumerated().map { ($0.element, $0.offset) })
        self.labels = classFolders.isEmpty ? nil : listing.images.map { labelOf[$0[0]]! }
        self.skippedFiles = listing.skipped
        self.loading = loading
        let first = try ImageCodec.size(ImageCodec.readBytes(paths[0]), path: paths[0])
        self.firstSize = ImageSize(width: first.width, height: first.height, path: paths[0])
    }

    /// The number of examples.
    public var count: Int { paths.count }

    /// The number of class folders, when the images sit in them.
    public var classCount: Int? { labels == nil ? nil : classNames.count }

    /// The decoded, converted, resized and cropped image of example `index`.
    public func image(at index: Int) throws -> Image {
        precondition(paths.indices.contains(index), "ImageFolderDataset: index \(index) is not in 0..<\(count)")
        let decoded = try ImageCodec.read(paths[index])
        try loading.checkUniform(decoded, path: paths[index], expected: firstSize)
        return loading.prepare(decoded, index: index)
    }

    /// Example `index`, decoded from disk now.
    public func example(at index: Int) throws -> Example {
        Example(image: try image(at: index).array, label: labels?[index])
    }
}
