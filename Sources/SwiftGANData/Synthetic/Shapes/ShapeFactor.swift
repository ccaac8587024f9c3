/// The factors of variation of the `shapes` data, each a label with a few
/// levels (as in dSprites and 3dshapes): every combination is a distinct image,
/// except the rotations of the circle.
public enum ShapeFactor: String, CaseIterable, Sendable {
    /// The object (`ShapeKind`), 6 levels.
    case shape
    /// The object's hue, 8 levels 45 degrees apart (saturation 0.85, value 0.95).
    case hue
    /// The object's radius, 4 levels from 0.16 to 0.28 of the side.
    case scale
    /// The object's center across, 6 levels from 0.3 to 0.7 of the side.
    case x
    /// The object's center down, 6 levels from 0.3 to 0.7 of the side.
    case y
    /// The object's turn, 4 levels: 0, 15, 30 and 45 degrees.
    case rotation
    /// The background's hue, 8 levels 45 degrees apart, offset 22.5 degrees (saturation 0.5, value 0.35).
    case background

    /// How many values the factor takes.
    public var levels: Int {
        switch self {
        case .shape: ShapeKind.allCases.count
        case .hue, .background: 8
        case .scale, .rotation: 4
        case .x, .y: 6
        }
    }

    /// The factor by name, or nil.
    public static func named(_ name: String) -> ShapeFactor? { ShapeFactor(rawValue: name) }
}
