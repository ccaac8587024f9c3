extension IDXFile {
    /// The labels of a one-dimensional file of integers (`uint8`, `int8`,
    /// `int16` or `int32`); a negative label is an error naming its offset.
    public func labels() throws -> [Int] {
        guard dimensions.count == 1 else {
            throw data.error(at: 3, "IDX header says \(dimensions.count) dimensions; labels need 1 (count)")
        }
        guard elementType.isInteger else {
            throw data.error(at: 2, "IDX labels must be integers; this file holds \(elementType.rawValue)")
        }
        let size = elementType.byteCount
        var labels: [Int] = []
        labels.reserveCapacity(itemCount)
        try data.withUnsafeBytes { input in
            guard let base = input.baseAddress else { return }
            for index in 0..<itemCount {
                let offset = dataOffset + index * size
                let label = elementType.integer(at: base + offset, bigEndian: true) ?? -1
                guard label >= 0 else { throw data.error(at: offset, "label \(label) of item \(index) is negative") }
                labels.append(label)
            }
        }
        return labels
    }
}
