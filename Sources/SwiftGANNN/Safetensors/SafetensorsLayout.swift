/// The rule that ties the tensors to the data buffer: taken in order of their
/// offsets, every tensor starts where the previous one ended, and the last one
/// ends at the end of the buffer (no holes, no overlaps).
enum SafetensorsLayout {
    /// Throws unless `entries` cover `0..<bufferSize` exactly once.
    static func checkCoverage(of entries: [SafetensorsHeaderEntry], bufferSize: Int) throws(SafetensorsProblem) {
        let ordered = entries.sorted { ($0.begin, $0.end) < ($1.begin, $1.end) }
        var covered = 0
        var lastNonEmpty: SafetensorsHeaderEntry?
        for entry in ordered {
            if entry.begin > covered { throw .uncoveredBytes(begin: covered, end: entry.begin) }
            if entry.begin < covered, let previous = lastNonEmpty {
                throw .overlappingTensors(tensor: entry.name, other: previous.name, begin: entry.begin, end: entry.end)
            }
            if entry.end > entry.begin {
                covered = entry.end
                lastNonEmpty = entry
            }
        }
        if covered < bufferSize { throw .uncoveredBytes(begin: covered, end: bufferSize) }
    }
}
