extension ColorConversion {
    /// The RGB color, each in [0, 1], of hue `hue` (degrees, any value: taken
    /// modulo 360), saturation and value in [0, 1].
    public static func rgb(hue: Double, saturation: Double, value: Double) -> SIMD3<Float> {
        let h = (hue.truncatingRemainder(dividingBy: 360) + 360).truncatingRemainder(dividingBy: 360) / 60
        let chroma = value * saturation
        let x = chroma * (1 - abs(h.truncatingRemainder(dividingBy: 2) - 1))
        let (r, g, b): (Double, Double, Double)
        switch Int(h) {
        case 0: (r, g, b) = (chroma, x, 0)
        case 1: (r, g, b) = (x, chroma, 0)
        case 2: (r, g, b) = (0, chroma, x)
        case 3: (r, g, b) = (0, x, chroma)
        case 4: (r, g, b) = (x, 0, chroma)
        default: (r, g, b) = (chroma, 0, x)
        }
        let m = value - chroma
        return SIMD3(Float(r + m), Float(g + m), Float(b + m))
    }
}
