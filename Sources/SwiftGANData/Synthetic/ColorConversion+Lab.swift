import Foundation
import SwiftGANKernels

extension ColorConversion {
    /// The sRGB (D65) to CIE XYZ matrix of linear R, G, B, row by row (scikit-image's).
    public static let xyzFromLinearRGB: [Double] = [
        0.412453, 0.357580, 0.180423,
        0.212671, 0.715160, 0.072169,
        0.019334, 0.119193, 0.950227,
    ]
    /// The D65 white point in XYZ.
    public static let whiteD65: [Double] = [0.95047, 1.0, 1.08883]

    /// CIE L*a*b* `[..., 3, H, W]` (L in [0, 100], a and b about [-128, 128])
    /// of sRGB images `[..., 3, H, W]` in [0, 1] under D65, as scikit-image's `rgb2lab`.
    public static func lab(fromRGB image: NDArray) -> NDArray {
        convertPlanes(image, name: "lab(fromRGB:)") { r, g, b in
            let linear = [r, g, b].map(linearized)
            let f = (0..<3).map { row in
                labCompanding((0..<3).reduce(0) { $0 + xyzFromLinearRGB[3 * row + $1] * linear[$1] } / whiteD65[row])
            }
            return (116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2]))
        }
    }

    /// sRGB images `[..., 3, H, W]` of CIE L*a*b* ones, the inverse of
    /// `lab(fromRGB:)`; colors outside the sRGB gamut are clipped to [0, 1].
    public static func rgb(fromLab image: NDArray) -> NDArray {
        convertPlanes(image, name: "rgb(fromLab:)") { l, a, b in
            let linear = linearRGB(lightness: l, a: a, b: b)
            return (encoded(min(max(linear[0], 0), 1)), encoded(min(max(linear[1], 0), 1)), encoded(min(max(linear[2], 0), 1)))
        }
    }

    /// Linear R, G, B (unclipped) of one L*a*b* color: outside [0, 1] when the color is out of the sRGB gamut.
    public static func linearRGB(lightness l: Double, a: Double, b: Double) -> [Double] {
        let fy = (l + 16) / 116
        let xyz = [fy + a / 500, fy, fy - b / 200].enumerated().map { whiteD65[$0.offset] * inverseLabCompanding($0.element) }
        return inverseXYZ.indices.filter { $0 % 3 == 0 }.map { row in (0..<3).reduce(0) { $0 + inverseXYZ[row + $1] * xyz[$1] } }
    }

    /// The neutral gray `[..., 1, H, W]` of the same CIE lightness as each
    /// pixel of sRGB images `[..., 3, H, W]`: the gray a colorizer is given,
    /// whose L* it keeps exactly.
    public static func lightnessGray(_ image: NDArray) -> NDArray {
        precondition(image.rank >= 3 && image.shape[image.rank - 3] == 3, "ColorConversion.lightnessGray: expected [..., 3, H, W], got \(image.shape)")
        let plane = image.shape[image.rank - 2] * image.shape[image.rank - 1]
        let rgb = image.elements
        var gray = [Float](repeating: 0, count: rgb.count / 3)
        for n in 0..<rgb.count / (3 * plane) {
            for i in 0..<plane {
                let base = 3 * n * plane + i
                let luminance = (0..<3).reduce(0.0) { $0 + xyzFromLinearRGB[3 + $1] * linearized(Double(rgb[base + $1 * plane])) }
                gray[n * plane + i] = Float(encoded(min(max(luminance, 0), 1)))
            }
        }
        var shape = image.shape
        shape[image.rank - 3] = 1
        return NDArray(gray, shape: shape)
    }

    /// The CIE lightness L* in [0, 100] of neutral grays `[..., 1, H, W]` in [0, 1].
    public static func lightness(ofGray gray: NDArray) -> NDArray {
        NDArray(gray.elements.map { Float(116 * labCompanding(linearized(Double(min(max($0, 0), 1)))) - 16) }, shape: gray.shape)
    }

    /// sRGB's decoding of one component in [0, 1] to linear light.
    public static func linearized(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }

    /// sRGB's encoding of linear light in [0, 1].
    public static func encoded(_ c: Double) -> Double { c <= 0.0031308 ? 12.92 * c : 1.055 * pow(c, 1 / 2.4) - 0.055 }

    private static func labCompanding(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116.0 }

    private static func inverseLabCompanding(_ t: Double) -> Double { t > 0.2068966 ? t * t * t : (t - 16.0 / 116.0) / 7.787 }

    /// The inverse of `xyzFromLinearRGB`, row by row.
    private static let inverseXYZ: [Double] = {
        let m = xyzFromLinearRGB
        let cofactors = [
            m[4] * m[8] - m[5] * m[7], m[2] * m[7] - m[1] * m[8], m[1] * m[5] - m[2] * m[4],
            m[5] * m[6] - m[3] * m[8], m[0] * m[8] - m[2] * m[6], m[2] * m[3] - m[0] * m[5],
            m[3] * m[7] - m[4] * m[6], m[1] * m[6] - m[0] * m[7], m[0] * m[4] - m[1] * m[3],
        ]
        let determinant = m[0] * cofactors[0] + m[1] * cofactors[3] + m[2] * cofactors[6]
        return cofactors.map { $0 / determinant }
    }()

    /// Each pixel's three channels of `[..., 3, H, W]` mapped by `convert`.
    private static func convertPlanes(_ image: NDArray, name: String, _ convert: (Double, Double, Double) -> (Double, Double, Double)) -> NDArray {
        precondition(image.rank >= 3 && image.shape[image.rank - 3] == 3, "ColorConversion.\(name): expected [..., 3, H, W], got \(image.shape)")
        let plane = image.shape[image.rank - 2] * image.shape[image.rank - 1]
        let input = image.elements
        var output = [Float](repeating: 0, count: input.count)
        for n in 0..<input.count / (3 * plane) {
            for i in 0..<plane {
                let base = 3 * n * plane + i
                let (x, y, z) = convert(Double(input[base]), Double(input[base + plane]), Double(input[base + 2 * plane]))
                (output[base], output[base + plane], output[base + 2 * plane]) = (Float(x), Float(y), Float(z))
            }
        }
        return NDArray(output, shape: image.shape)
    }
}
