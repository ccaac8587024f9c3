/// The classes of the `scenes` label maps, in paint order from back to
/// front: what every pixel of a scene is.
public enum SceneClass: Int, CaseIterable, Sendable {
    case sky, ground, road, building, window, tree, water

    /// The name a class index stands for.
    public var name: String { String(describing: self) }

    /// The color that stands for the class in a color-coded label map (the
    /// pix2pix convention for label inputs), RGB in [0, 1]; the colors are far
    /// apart so that a label map survives resizing and compression.
    public var paletteColor: SIMD3<Float> {
        switch self {
        case .sky: return SIMD3(0.27, 0.51, 0.71)
        case .ground: return SIMD3(0.42, 0.56, 0.14)
        case .road: return SIMD3(0.5, 0.25, 0.5)
        case .building: return SIMD3(0.27, 0.27, 0.27)
        case .window: return SIMD3(0.98, 0.67, 0.12)
        case .tree: return SIMD3(0, 0.39, 0)
        case .water: return SIMD3(0, 0.75, 1)
        }
    }
}
