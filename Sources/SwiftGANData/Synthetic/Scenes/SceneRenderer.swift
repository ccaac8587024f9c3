import Foundation

/// Turns a scene's layout and appearance into a photo-like image: a sky
/// graded to the horizon with clouds, textured grass lighter towards the
/// viewer, a road with its lane marking, water with ripples reflecting the
/// sky, walls shaded from left to right with lit and dark windows, and
/// trees with mottled crowns.
enum SceneRenderer {
    /// The RGB color in [0, 1] at `(x, y)`, which shows `pixel`.
    static func color(at x: Double, _ y: Double, pixel: ScenePixel, layout: SceneLayout, look: SceneAppearance) -> SIMD3<Float> {
        let (coarse, fine) = (look.coarse(x, y), look.fine(x, y))
        let color: SIMD3<Float>
        switch pixel.kind {
        case .sky:
            let graded = mix(look.skyTop, look.skyHorizon, Float(pow(y / layout.horizon, 1.5)))
            let cloud = smoothstep(0.5, 0.8, 0.6 * coarse + 0.4 * fine) * look.clouds
            color = mix(graded, SIMD3(repeating: 0.96), Float(cloud))
        case .ground:
            let near = Float((y - layout.horizon) / (1 - layout.horizon))
            color = look.grass * Float(0.8 + 0.35 * fine) * (0.85 + 0.3 * near)
        case .road:
            color = pixel.part == 1 ? look.marking : look.road * Float(0.92 + 0.16 * fine)
        case .water:
            let ripple = Float(sin(2 * Double.pi * (y * 36 + 2 * coarse)))
            color = mix(look.water * (0.92 + 0.08 * ripple), look.skyHorizon, 0.2)
        case .building:
            let wall = look.walls[pixel.instance], building = layout.buildings[pixel.instance]
            let across = Float((x - building.left) / (building.right - building.left))
            color = wall * Float(0.92 + 0.1 * fine) * (1.05 - 0.2 * across)
        case .window:
            let lit = look.isLit(building: pixel.instance, window: pixel.part)
            color = lit ? SIMD3(0.98, 0.86, 0.45) * Float(0.9 + 0.1 * fine) : SIMD3(0.1, 0.16, 0.28) * Float(0.8 + 0.4 * coarse)
        case .tree:
            color = pixel.part == 1 ? look.trunk : look.crowns[pixel.instance] * Float(0.65 + 0.6 * fine)
        }
        return (color * look.light).clamped(lowerBound: .zero, upperBound: .one)
    }

    private static func mix(_ a: SIMD3<Float>, _ b: SIMD3<Float>, _ t: Float) -> SIMD3<Float> { a + (b - a) * t }

    private static func smoothstep(_ low: Double, _ high: Double, _ v: Double) -> Double {
        let t = min(max((v - low) / (high - low), 0), 1)
        return t * t * (3 - 2 * t)
    }
}
