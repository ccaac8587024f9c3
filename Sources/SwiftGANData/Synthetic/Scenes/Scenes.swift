import SwiftGANKernels

/// The `scenes` data: procedural street and landscape scenes with a label
/// map of every pixel (`SceneClass`: sky, ground, road, building, window,
/// tree, water) and a photo-like rendering of it, for paired translation
/// both ways (labels to photo as pix2pix, pix2pixHD and SPADE do, and photo to labels).
///
/// Example `i` draws its layout and its look from its own generator, keyed
/// by `(seed, i)`. Geometry and textures are defined on the unit square and
/// read at each pixel's center, so the same example at 64 and at 128 pixels
/// shows the same scene.
public struct Scenes: Dataset {
    /// Which way an example translates.
    public enum Direction: String, CaseIterable, Sendable {
        /// The label map is the input, the photo the target.
        case labelsToPhotos = "labels_to_photos"
        /// The photo is the input, the label map the target.
        case photosToLabels = "photos_to_labels"
    }

    /// The number of examples.
    public let count: Int
    /// The seed the examples derive from.
    public let seed: UInt64
    /// The side of the square images, in pixels.
    public let size: Int
    /// Which side of each pair is the input.
    public let direction: Direction
    /// How label maps are written as images.
    public let encoding: SceneLabelEncoding

    /// `count` scenes at `size` pixels (at least 16), translating `direction`, label maps written as `encoding`.
    public init(count: Int, seed: UInt64, size: Int = 64, direction: Direction = .labelsToPhotos, encoding: SceneLabelEncoding = .palette) {
        precondition(count >= 0, "Scenes: count \(count) must be non-negative")
        precondition(size >= 16, "Scenes: size \(size) must be at least 16")
        (self.count, self.seed, self.size, self.direction, self.encoding) = (count, seed, size, direction, encoding)
    }

    /// The label map and photo of example `index`: the class of each pixel (row-major) and the photo `[3, size, size]` in [0, 1].
    public func scene(at index: Int) -> (classes: [SceneClass], photo: NDArray) {
        precondition(index >= 0 && index < count, "Scenes: index \(index) is not in 0..<\(count)")
        var g = SyntheticSeed.generator(seed: seed, index: index)
        let layout = SceneLayout.random(&g)
        let look = SceneAppearance.random(for: layout, &g)
        let plane = size * size
        var classes = [SceneClass](repeating: .sky, count: plane)
        var pixels = [Float](repeating: 0, count: 3 * plane)
        for row in 0..<size {
            for column in 0..<size {
                let (x, y) = ((Double(column) + 0.5) / Double(size), (Double(row) + 0.5) / Double(size))
                let pixel = layout.pixel(x: x, y: y)
                let color = SceneRenderer.color(at: x, y, pixel: pixel, layout: layout, look: look)
                let i = row * size + column
                classes[i] = pixel.kind
                for channel in 0..<3 { pixels[channel * plane + i] = color[channel] }
            }
        }
        return (classes, NDArray(pixels, shape: [3, size, size]))
    }

    /// The label map `classes` (one per pixel, row-major, `size` x `size`) as an image in `encoding`.
    public static func encode(_ classes: [SceneClass], size: Int, as encoding: SceneLabelEncoding) -> NDArray {
        precondition(classes.count == size * size, "Scenes.encode: \(classes.count) classes for a \(size)x\(size) map")
        let plane = size * size
        var values = [Float](repeating: 0, count: encoding.channels * plane)
        for (i, kind) in classes.enumerated() {
            switch encoding {
            case .palette: for channel in 0..<3 { values[channel * plane + i] = kind.paletteColor[channel] }
            case .oneHot: values[kind.rawValue * plane + i] = 1
            }
        }
        return NDArray(values, shape: [encoding.channels, size, size])
    }

    /// The input and target of example `index` as `direction` pairs them.
    public func example(at index: Int) -> Example {
        let (classes, photo) = scene(at: index)
        let labels = Self.encode(classes, size: size, as: encoding)
        return direction == .labelsToPhotos ? Example(image: labels, label: nil, target: photo) : Example(image: photo, label: nil, target: labels)
    }
}
