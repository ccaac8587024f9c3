/// Element offsets of Fortran-order NPY arrays (the first index varies fastest).
enum FortranLayout {
    /// For each element of rows `rows` of an array of `shape`, in C order,
    /// its offset (in elements) within the Fortran-order storage.
    static func offsets(shape: [Int], rows: Range<Int>) -> [Int] {
        guard !shape.isEmpty, !rows.isEmpty, shape.dropFirst().allSatisfy({ $0 > 0 }) else { return [] }
        var strides = [1]
        for extent in shape.dropLast() { strides.append(strides[strides.count - 1] * extent) }
        let count = shape.dropFirst().reduce(rows.count, *)
        var index = [Int](repeating: 0, count: shape.count)
        index[0] = rows.lowerBound
        var result: [Int] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            result.append(zip(index, strides).reduce(0) { $0 + $1.0 * $1.1 })
            var axis = shape.count - 1
            index[axis] += 1
            while axis > 0 && index[axis] == shape[axis] {
                index[axis] = 0
                axis -= 1
                index[axis] += 1
            }
        }
        return result
    }
}
