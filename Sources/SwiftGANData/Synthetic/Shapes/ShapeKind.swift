import Foundation

/// The objects of the `shapes` data: five polygons and a curve, each an
/// outline of unit radius (its farthest point 1 from its center) pointing up
/// at rotation 0.
public enum ShapeKind: Int, CaseIterable, Sendable {
    case square, circle, triangle, star, cross, heart

    /// The name a factor label stands for.
    public var name: String { String(describing: self) }

    /// The outline as a closed polygon, `(x, y)` with y pointing down, radius 1.
    public var outline: [SIMD2<Double>] {
        switch self {
        case .square: return regular(corners: 4, phase: Double.pi / 4)
        case .circle: return regular(corners: 48, phase: 0)
        case .triangle: return regular(corners: 3, phase: -Double.pi / 2)
        case .star:
            return (0..<10).map { k in
                let angle = -Double.pi / 2 + Double(k) * Double.pi / 5
                let radius = k % 2 == 0 ? 1 : 0.42
                return SIMD2(radius * cos(angle), radius * sin(angle))
            }
        case .cross:
            let b = 0.3, a = (1 - b * b).squareRoot()
            let arm: [SIMD2<Double>] = [SIMD2(b, -b), SIMD2(b, -a), SIMD2(-b, -a)]
            return (0..<4).flatMap { turn in arm.map { Self.rotate($0, by: -Double(turn) * Double.pi / 2) } }
        case .heart:
            let points = (0..<48).map { k -> SIMD2<Double> in
                let t = 2 * Double.pi * Double(k) / 48
                return SIMD2(16 * pow(sin(t), 3), -(13 * cos(t) - 5 * cos(2 * t) - 2 * cos(3 * t) - cos(4 * t)))
            }
            let center = SIMD2<Double>(0, 1.5)
            let radius = points.map { (($0 - center) * ($0 - center)).sum().squareRoot() }.max()!
            return points.map { ($0 - center) / radius }
        }
    }

    /// `point` turned by `angle` radians about the origin.
    static func rotate(_ point: SIMD2<Double>, by angle: Double) -> SIMD2<Double> {
        SIMD2(point.x * cos(angle) - point.y * sin(angle), point.x * sin(angle) + point.y * cos(angle))
    }

    private func regular(corners: Int, phase: Double) -> [SIMD2<Double>] {
        (0..<corners).map { k in
            let angle = phase + 2 * Double.pi * Double(k) / Double(corners)
            return SIMD2(cos(angle), sin(angle))
        }
    }
}
