/// A building of a scene: a box standing on the horizon, in fractions of
/// the image side (x right, y down), with a grid of windows.
struct SceneBuilding {
    var left: Double, right: Double, top: Double, bottom: Double
    /// The side of a window cell; each window fills the middle of its cell.
    var cellWidth: Double, cellHeight: Double

    /// Whether `(x, y)` is inside the box.
    func contains(x: Double, y: Double) -> Bool {
        x >= left && x < right && y >= top && y < bottom
    }

    /// The window `(row, column)` that `(x, y)` falls in, or nil on the wall
    /// between windows or on the ground floor's band.
    func window(x: Double, y: Double) -> (row: Int, column: Int)? {
        guard bottom - y > cellHeight else { return nil }
        let (cx, cy) = ((x - left) / cellWidth, (y - top) / cellHeight)
        let (fx, fy) = (cx - cx.rounded(.down), cy - cy.rounded(.down))
        let columns = Int(((right - left) / cellWidth).rounded(.down))
        guard Int(cx) < columns, (0.25..<0.75).contains(fx), (0.2..<0.7).contains(fy) else { return nil }
        return (Int(cy), Int(cx))
    }
}
