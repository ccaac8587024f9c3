import Foundation
import SwiftGAN

/// A folder under the system's temporary directory that the folder-dataset
/// tests fill with small images; removed by `remove()`.
struct TemporaryImageFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "swiftgan-images-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes a `width x height` image of `channels` channels whose every sample
    /// is `value` (or a gradient shifted by `value` when `gradient`) as PNG (or
    /// JPEG) at `relative`, creating folders; returns the image written.
    @discardableResult
    func write(_ relative: String, width: Int = 8, height: Int = 6, channels: Int = 3, value: Float = 0.5,
               gradient: Bool = false, jpeg: Bool = false) throws -> Image {
        let samples = (0..<(width * height * channels)).map { i -> Float in
            gradient ? Float((i / channels) % width + (i / channels) / width * 3 + i % channels) / Float(width + 3 * height + 4) * 0.5 + value * 0.5 : value
        }
        let image = Image(width: width, height: height, channels: channels, samples: samples)
        try writeBytes(relative, jpeg ? JPEGCodec.encode(image, quality: 95) : PNGCodec.encode(image))
        return image
    }

    /// Writes raw bytes at `relative`, creating folders.
    func writeBytes(_ relative: String, _ bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Creates an (empty) folder at `relative`.
    func makeFolder(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: path + "/" + relative, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
