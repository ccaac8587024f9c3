import Foundation

/// The image files under a folder, found recursively and sorted by path
/// (component by component, by UTF-8 bytes). Files are taken as images by
/// their extension (`.png`, `.jpg`, `.jpeg`, any case; the decoder then goes
/// by content); other files are skipped and listed. Hidden files and folders
/// (names starting with ".") are ignored.
struct FolderListing: Sendable {
    static let imageExtensions: Set<String> = ["png", "jpg", "jpeg"]

    /// The folder, as given.
    let root: String
    /// Image files, as path components relative to `root`.
    let images: [[String]]
    /// Other files (relative paths), skipped.
    let skipped: [String]
    /// The visible folders directly in `root`.
    let topFolders: [String]

    /// Lists `root`; throws when it is missing, not a folder, empty, or holds no image files.
    init(root: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder) else {
            throw DataError(path: root, problem: "no such folder")
        }
        guard isFolder.boolValue else { throw DataError(path: root, problem: "is a file, not a folder of images") }
        guard let walker = FileManager.default.enumerator(atPath: root) else {
            throw DataError(path: root, problem: "the folder cannot be listed")
        }
        var images: [[String]] = [], skipped: [String] = [], topFolders: [String] = []
        while let relative = walker.nextObject() as? String {
            let components = relative.split(separator: "/").map(String.init)
            if components.last?.hasPrefix(".") ?? true {
                walker.skipDescendants()
                continue
            }
            var entryIsFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &entryIsFolder)
            if entryIsFolder.boolValue {
                if components.count == 1 { topFolders.append(relative) }
            } else if Self.imageExtensions.contains((relative as NSString).pathExtension.lowercased()) {
                images.append(components)
            } else {
                skipped.append(relative)
            }
        }
        guard !images.isEmpty else {
            if skipped.isEmpty { throw DataError(path: root, problem: "the folder holds no files") }
            let examples = skipped.sorted().prefix(3).joined(separator: ", ") + (skipped.count > 3 ? ", ..." : "")
            throw DataError(path: root, problem: "no PNG or JPEG files among the folder's \(skipped.count) files (\(examples))")
        }
        self.root = root
        self.images = images.sorted { Self.precedes($0, $1) }
        self.skipped = skipped.sorted()
        self.topFolders = topFolders.sorted { Self.precedes([$0], [$1]) }
    }

    /// The full path of an image.
    func path(_ components: [String]) -> String {
        ([root] + components).joined(separator: "/")
    }

    /// Path order: component by component, each by UTF-8 bytes (as Python's `sorted`).
    static func precedes(_ a: [String], _ b: [String]) -> Bool {
        for (x, y) in zip(a, b) where x != y { return x.utf8.lexicographicallyPrecedes(y.utf8) }
        return a.count < b.count
    }
}
