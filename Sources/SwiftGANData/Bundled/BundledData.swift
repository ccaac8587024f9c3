import Foundation
import SwiftGANKernels

/// The data that ships with the library: the MNIST test set (gzip IDX) and a
/// few public-domain photographs, with their attribution.
public enum BundledData {
    /// The bundled MNIST test images, `t10k-images-idx3-ubyte.gz`.
    public static func mnistTestImagesURL() throws -> URL {
        try resource("t10k-images-idx3-ubyte", "gz", in: "Resources/mnist")
    }

    /// The bundled MNIST test labels, `t10k-labels-idx1-ubyte.gz`.
    public static func mnistTestLabelsURL() throws -> URL {
        try resource("t10k-labels-idx1-ubyte", "gz", in: "Resources/mnist")
    }

    /// The MNIST test set: 10,000 images `[1, 28, 28]` in [0, 1] with labels
    /// 0-9, decompressed into memory (about 8 MB). MNIST is by Yann LeCun,
    /// Corinna Cortes and Christopher J.C. Burges, CC BY-SA 3.0 (see `attribution`).
    public static func mnistTest() throws -> IDXDataset {
        try IDXDataset(images: mnistTestImagesURL(), labels: mnistTestLabelsURL())
    }

    /// The bundled photographs (PNG and JPEG), sorted by file name.
    public static var photoURLs: [URL] {
        guard let attribution = try? resource("ATTRIBUTION", "md", in: "Resources") else { return [] }
        let folder = attribution.deletingLastPathComponent().appendingPathComponent("photos")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".png") || $0.hasSuffix(".jpg") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The sources and licenses of the bundled data (`Resources/ATTRIBUTION.md`).
    public static func attribution() throws -> String {
        let url = try resource("ATTRIBUTION", "md", in: "Resources")
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw DataError(path: url.path, problem: "cannot be read: \(ErrorText.describe(error))")
        }
    }

    private static func resource(_ name: String, _ fileExtension: String, in folder: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: fileExtension, subdirectory: folder) else {
            throw DataError(path: "\(folder)/\(name).\(fileExtension)", problem: "the bundled file is missing from the package's resources")
        }
        return url
    }
}
