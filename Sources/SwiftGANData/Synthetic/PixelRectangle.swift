/// A rectangle of whole pixels: rows `top..<top + height`, columns `left..<left + width`.
public struct PixelRectangle: Sendable, Hashable {
    /// The first row.
    public var top: Int
    /// The first column.
    public var left: Int
    /// The number of rows.
    public var height: Int
    /// The number of columns.
    public var width: Int

    /// The rectangle of `height x width` pixels whose top-left pixel is `(top, left)`.
    public init(top: Int, left: Int, height: Int, width: Int) {
        (self.top, self.left, self.height, self.width) = (top, left, height, width)
    }

    /// Whether pixel `(row, column)` is inside.
    public func contains(row: Int, column: Int) -> Bool {
        row >= top && row < top + height && column >= left && column < left + width
    }
}
