/// How a `scenes` label map is written as an image.
public enum SceneLabelEncoding: String, CaseIterable, Sendable {
    /// RGB, each class in its `SceneClass.paletteColor` (pix2pix's label inputs).
    case palette
    /// One channel per class, 1 where the pixel is of that class and 0 elsewhere (SPADE's label inputs).
    case oneHot = "one_hot"

    /// The channels of an encoded map.
    public var channels: Int { self == .palette ? 3 : SceneClass.allCases.count }
}
