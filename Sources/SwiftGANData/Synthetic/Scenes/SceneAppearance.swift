import SwiftGANKernels

/// How one scene looks, drawn with its layout: the colors of its sky,
/// ground, road, water, each building and each tree, which windows are lit,
/// the cloud cover, the overall light, and the noise its textures come from.
struct SceneAppearance {
    var skyTop: SIMD3<Float>, skyHorizon: SIMD3<Float>, clouds: Double
    var grass: SIMD3<Float>, road: SIMD3<Float>, marking: SIMD3<Float>, water: SIMD3<Float>
    var walls: [SIMD3<Float>], litShare: [Double], windowSeeds: [UInt64]
    var crowns: [SIMD3<Float>], trunk: SIMD3<Float>
    var light: Float
    var coarse: ValueNoise, fine: ValueNoise

    /// The look of `layout`, drawn from `g`.
    static func random(for layout: SceneLayout, _ g: inout RandomGenerator) -> SceneAppearance {
        func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * SyntheticSeed.unit(&g) }
        func hsv(_ hue: ClosedRange<Double>, _ saturation: ClosedRange<Double>, _ value: ClosedRange<Double>) -> SIMD3<Float> {
            ColorConversion.rgb(
                hue: uniform(hue.lowerBound, hue.upperBound), saturation: uniform(saturation.lowerBound, saturation.upperBound),
                value: uniform(value.lowerBound, value.upperBound))
        }
        let skyHue = uniform(195, 225)
        let skyTop = ColorConversion.rgb(hue: skyHue, saturation: uniform(0.45, 0.75), value: uniform(0.65, 0.95))
        let skyHorizon = ColorConversion.rgb(hue: skyHue, saturation: uniform(0.1, 0.3), value: uniform(0.85, 1))
        let grass = hsv(75...130, 0.35...0.7, 0.3...0.55), roadGray = Float(uniform(0.28, 0.45))
        let road = SIMD3(roadGray * 1.03, roadGray, roadGray * 0.97)
        let marking: SIMD3<Float> = uniform(0, 1) < 0.5 ? SIMD3(0.92, 0.92, 0.9) : SIMD3(0.95, 0.8, 0.2)
        let water = hsv(190...215, 0.45...0.8, 0.3...0.55)
        let walls = layout.buildings.map { _ in
            uniform(0, 1) < 0.4 ? hsv(0...360, 0...0.08, 0.45...0.8) : hsv(10...40, 0.2...0.55, 0.35...0.75)
        }
        let litShare = layout.buildings.map { _ in uniform(0, 0.6) }
        let windowSeeds = layout.buildings.map { _ in g.next() }
        let crowns = layout.trees.map { _ in hsv(85...140, 0.5...0.85, 0.18...0.4) }
        let trunk = hsv(20...35, 0.5...0.7, 0.22...0.35)
        let (light, clouds) = (Float(uniform(0.85, 1.1)), uniform(0, 0.7))
        let coarse = ValueNoise(cells: 6, &g), fine = ValueNoise(cells: 24, &g)
        return SceneAppearance(
            skyTop: skyTop, skyHorizon: skyHorizon, clouds: clouds, grass: grass, road: road, marking: marking, water: water,
            walls: walls, litShare: litShare, windowSeeds: windowSeeds, crowns: crowns, trunk: trunk, light: light, coarse: coarse, fine: fine)
    }

    /// Whether window `part` (`row * 64 + column`) of building `instance` is lit.
    func isLit(building instance: Int, window part: Int) -> Bool {
        var g = RandomGenerator(seed: windowSeeds[instance] &+ UInt64(part) &* 0x9E37_79B9_7F4A_7C15)
        return SyntheticSeed.unit(&g) < litShare[instance]
    }
}
