import SwiftGANKernels

extension ImageGrid {
    /// A grid with one row per class `0..<classCount`: the images of `batch`
    /// whose label is that class, in batch order, as many columns as the
    /// largest class has images (`columns` is not used); missing cells are
    /// padding.
    public func classRows(_ batch: NDArray, labels: [Int], classCount: Int) -> Image {
        precondition(labels.count == batch.shape.first, "ImageGrid.classRows: \(labels.count) labels for \(batch.shape)")
        precondition(labels.allSatisfy { (0..<classCount).contains($0) }, "ImageGrid.classRows: a label is not in 0..<\(classCount)")
        let rows = (0..<classCount).map { label in labels.indices.filter { labels[$0] == label } }
        let width = max(rows.map(\.count).max() ?? 1, 1)
        let cells = rows.flatMap { row in row.map(Optional.some) + [Int?](repeating: nil, count: width - row.count) }
        return image(batch, cells: cells, columns: width)
    }
}
