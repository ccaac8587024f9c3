/// A tree of a scene: a round crown over a trunk whose foot stands on the
/// ground, sized by its distance (nearer the bottom, larger), in fractions of the side.
struct SceneTree {
    var footX: Double, footY: Double, radius: Double

    /// The crown's center, above the trunk.
    var crownY: Double { footY - 1.6 * radius }

    /// The part of the tree at `(x, y)`: 0 crown, 1 trunk, nil outside.
    func part(x: Double, y: Double) -> Int? {
        let (dx, dy) = (x - footX, y - crownY)
        if dx * dx + dy * dy < radius * radius { return 0 }
        if abs(dx) < 0.22 * radius && y >= crownY && y < footY { return 1 }
        return nil
    }
}
