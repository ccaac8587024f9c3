/// One tensor as the header describes it: a validated dtype and shape and the
/// byte range `begin..<end` of its data, relative to the start of the data buffer.
struct SafetensorsHeaderEntry {
    let name: String
    let dtype: SafetensorsDType
    let shape: [Int]
    let begin: Int
    let end: Int
}
