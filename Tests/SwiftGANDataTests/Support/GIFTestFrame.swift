/// One frame read by `GIFTestDecoder`.
struct GIFTestFrame {
    var delay: Int
    var palette: [[UInt8]]
    var indices: [UInt8]

    /// The frame's RGB samples, 0-255.
    var rgb: [UInt8] { indices.flatMap { palette[Int($0)] } }
}
