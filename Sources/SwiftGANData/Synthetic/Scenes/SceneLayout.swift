import SwiftGANKernels

/// The geometry of one scene, in fractions of the image side (x right, y
/// down), so that the same scene drawn at 64 and at 128 pixels agrees: sky
/// above a horizon, ground below it, maybe a lake or a sea, maybe a road
/// running to a vanishing point on the horizon, buildings standing on the
/// horizon with windows, and trees on the ground in front of them.
struct SceneLayout {
    var horizon: Double
    /// A lake: center and radii of an ellipse below the horizon.
    var lake: (x: Double, y: Double, radiusX: Double, radiusY: Double)?
    /// A sea: water from the horizon down to this line across the whole width.
    var seaShore: Double?
    /// A road: its center and width at the bottom edge, and where it meets the horizon.
    var road: (bottomX: Double, bottomWidth: Double, vanishingX: Double)?
    var buildings: [SceneBuilding]
    /// Trees, the nearest (lowest foot) first, as they cover the others.
    var trees: [SceneTree]

    /// A random scene drawn from `g`.
    static func random(_ g: inout RandomGenerator) -> SceneLayout {
        func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * SyntheticSeed.unit(&g) }
        let horizon = uniform(0.35, 0.6)
        var layout = SceneLayout(horizon: horizon, buildings: [], trees: [])
        if uniform(0, 1) < 0.45 {
            layout.lake = (uniform(0.2, 0.8), uniform(horizon + 0.12, 0.9), uniform(0.15, 0.4), uniform(0.05, 0.14))
        } else if uniform(0, 1) < 0.3 {
            layout.seaShore = horizon + uniform(0.06, 0.2)
        }
        if uniform(0, 1) < 0.7 {
            layout.road = (uniform(0.25, 0.75), uniform(0.3, 0.7), uniform(0.35, 0.65))
        }
        for _ in 0..<SyntheticSeed.below(5, &g) {
            let (left, width, height) = (uniform(-0.05, 0.9), uniform(0.1, 0.28), uniform(0.14, 0.42))
            layout.buildings.append(SceneBuilding(
                left: left, right: left + width, top: horizon - height, bottom: horizon + uniform(0, 0.04),
                cellWidth: uniform(0.06, 0.09), cellHeight: uniform(0.07, 0.1)))
        }
        for _ in 0..<SyntheticSeed.below(6, &g) {
            var foot = (x: uniform(0, 1), y: uniform(horizon + 0.03, 1))
            for _ in 0..<4 where !layout.isOpenGround(x: foot.x, y: foot.y) { foot = (uniform(0, 1), uniform(horizon + 0.03, 1)) }
            let depth = (foot.y - horizon) / (1 - horizon)
            layout.trees.append(SceneTree(footX: foot.x, footY: foot.y, radius: 0.03 + 0.09 * depth))
        }
        layout.trees.sort { $0.footY > $1.footY }
        return layout
    }

    /// Whether `(x, y)` is ground with no road or water on it.
    func isOpenGround(x: Double, y: Double) -> Bool {
        y >= horizon && roadPart(x: x, y: y) == nil && !isWater(x: x, y: y)
    }

    /// What the scene shows at `(x, y)`: the frontmost object there.
    func pixel(x: Double, y: Double) -> ScenePixel {
        for (index, tree) in trees.enumerated() {
            if let part = tree.part(x: x, y: y) { return ScenePixel(kind: .tree, instance: index, part: part) }
        }
        for (index, building) in buildings.enumerated().reversed() where building.contains(x: x, y: y) {
            guard let window = building.window(x: x, y: y) else { return ScenePixel(kind: .building, instance: index) }
            return ScenePixel(kind: .window, instance: index, part: window.row * 64 + window.column)
        }
        if y < horizon { return ScenePixel(kind: .sky) }
        if let part = roadPart(x: x, y: y) { return ScenePixel(kind: .road, part: part) }
        return ScenePixel(kind: isWater(x: x, y: y) ? .water : .ground)
    }

    /// Below the horizon, whether `(x, y)` is in the lake or the sea.
    func isWater(x: Double, y: Double) -> Bool {
        if let seaShore, y < seaShore { return true }
        guard let lake else { return false }
        let (dx, dy) = ((x - lake.x) / lake.radiusX, (y - lake.y) / lake.radiusY)
        return dx * dx + dy * dy < 1
    }

    /// Below the horizon, the road's part at `(x, y)`: 0 surface, 1 the
    /// dashed center line (dashes shorten towards the horizon); nil off the road.
    func roadPart(x: Double, y: Double) -> Int? {
        guard let road, y >= horizon else { return nil }
        let t = (y - horizon) / (1 - horizon)
        let center = road.vanishingX + (road.bottomX - road.vanishingX) * t
        let halfWidth = 0.01 + (road.bottomWidth / 2 - 0.01) * t
        guard abs(x - center) < halfWidth else { return nil }
        let dashed = Int((3 / max(t, 0.02)).rounded(.down)) % 2 == 0
        return dashed && abs(x - center) < 0.06 * halfWidth + 0.004 ? 1 : 0
    }
}
