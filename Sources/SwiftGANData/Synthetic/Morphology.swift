import SwiftGANKernels

/// Gray-scale morphology of images `[C, H, W]` or `[H, W]`, channel by channel,
/// with a disk of `radius` as structuring element (the offsets `(dr, dc)` with
/// `dr² + dc² <= radius²`; radius 1 is the 3x3 cross). Only pixels inside the
/// image take part. Results have the input's shape.
public enum Morphology {
    /// Erosion: each pixel becomes the minimum over the disk (thins bright strokes).
    public static func erode(_ image: NDArray, radius: Int = 1) -> NDArray {
        filter(image, radius: radius, op: "Morphology.erode", combine: min)
    }

    /// Dilation: each pixel becomes the maximum over the disk (thickens bright strokes).
    public static func dilate(_ image: NDArray, radius: Int = 1) -> NDArray {
        filter(image, radius: radius, op: "Morphology.dilate", combine: max)
    }

    private static func filter(_ image: NDArray, radius: Int, op: String, combine: (Float, Float) -> Float) -> NDArray {
        precondition(radius >= 0, "\(op): radius \(radius) must be non-negative")
        var offsets = [(Int, Int)]()
        for dr in -radius...radius {
            for dc in -radius...radius where dr * dr + dc * dc <= radius * radius { offsets.append((dr, dc)) }
        }
        return GrayPlane.map(image, op: op) { p in
            var out = p
            for r in 0..<p.height {
                for c in 0..<p.width {
                    var value = p.values[r * p.width + c]
                    for (dr, dc) in offsets where r + dr >= 0 && r + dr < p.height && c + dc >= 0 && c + dc < p.width {
                        value = combine(value, p.values[(r + dr) * p.width + c + dc])
                    }
                    out.values[r * p.width + c] = value
                }
            }
            return out
        }
    }
}
