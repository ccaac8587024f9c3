import Foundation
import SwiftGANKernels

/// Whole photos read at their own size as RGB `[3, H, W]` in [0, 1], each
/// with its file name without extension: the bundled photos, or every image
/// under a folder of yours. Restoration crops its patches from them.
public enum NamedPhotos {
    /// The bundled photos no restoration model or feature network trains on: every restoration figure is measured on them.
    public static let heldOutNames = ["camera", "chelsea"]

    /// The bundled photos, sorted by name (`astronaut`, `brick`, ...).
    public static func bundled() throws -> [(name: String, image: NDArray)] {
        try BundledData.photoURLs.map { try read($0.path) }
    }

    /// The PNG and JPEG images under `folder` (recursively, sorted by path).
    public static func folder(_ folder: String) throws -> [(name: String, image: NDArray)] {
        let listing = try FolderListing(root: folder)
        return try listing.images.map { try read(listing.path($0)) }
    }

    private static func read(_ path: String) throws -> (name: String, image: NDArray) {
        let image = try ImageCodec.read(path).converted(toChannels: 3)
        return (((path as NSString).lastPathComponent as NSString).deletingPathExtension, image.array)
    }
}
