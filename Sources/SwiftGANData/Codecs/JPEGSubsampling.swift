/// Chroma subsampling of a JPEG file written by `JPEGCodec.encode`.
public enum JPEGSubsampling: Int32, Sendable, CaseIterable {
    /// Full-resolution colour (4:4:4).
    case none = 0
    /// Colour at half the width (4:2:2).
    case halfWidth = 1
    /// Colour at half the width and height (4:2:0, what most cameras and PIL write).
    case halfSize = 2
}
