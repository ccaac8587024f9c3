import Foundation

/// The resampling filters of `Image.resized`, with PIL's definitions
/// (`Image.Resampling`): each is scaled by the reduction factor when
/// shrinking, so downsizing is antialiased.
public enum ResizeFilter: Sendable, CaseIterable {
    /// PIL's `BOX`: the mean of the covered pixels.
    case box
    /// PIL's `BILINEAR` (a triangle filter; torchvision's `Resize` default).
    case bilinear
    /// PIL's `BICUBIC` (Keys' cubic with a = -0.5; PIL's `resize` default).
    case bicubic
    /// PIL's `LANCZOS` (3 lobes).
    case lanczos

    /// The filter's half-width at scale 1.
    var support: Double {
        switch self {
        case .box: return 0.5
        case .bilinear: return 1
        case .bicubic: return 2
        case .lanczos: return 3
        }
    }

    /// The filter's weight at distance `x`.
    func weight(_ x: Double) -> Double {
        switch self {
        case .box:
            return x > -0.5 && x <= 0.5 ? 1 : 0
        case .bilinear:
            return max(0, 1 - abs(x))
        case .bicubic:
            let a = -0.5, t = abs(x)
            if t < 1 { return ((a + 2) * t - (a + 3)) * t * t + 1 }
            if t < 2 { return (((t - 5) * t + 8) * t - 4) * a }
            return 0
        case .lanczos:
            return -3 <= x && x < 3 ? Self.sinc(x) * Self.sinc(x / 3) : 0
        }
    }

    private static func sinc(_ x: Double) -> Double {
        x == 0 ? 1 : sin(Double.pi * x) / (Double.pi * x)
    }
}
