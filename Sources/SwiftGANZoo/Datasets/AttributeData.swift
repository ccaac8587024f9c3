import SwiftGANData

/// The built-in data of multi-domain translation: `shapes` labeled by
/// hue, scale and background, or by hue alone, with a held-out split
/// translators are measured on; and the attribute domains of any labeled data.
enum AttributeData {
    /// The factors that make the domains of `shapes_attributes`.
    static let shapeFactors: [ShapeFactor] = [.hue, .scale, .background]
    /// Their domains, as `ShapeAttributes` numbers them.
    static let shapeDomains = ShapeAttributes.domains(of: shapeFactors)
    static let trainingCount = 20_000
    static let heldOutCount = 1_000
    /// The seed of the held-out shapes (which no run seed reaches in practice).
    static let heldOutSeed: UInt64 = 0xA77_B5EED

    static let shapeHues = DatasetEntry.rendered(
        "shapes_hues", "the shapes labeled by their hue: 8 domains for multi-domain translation, 3x32x32 (or 64x64); 20,000 shapes, the same 1,000 held out",
        channels: 3, classes: ShapeFactor.hue.levels, native: 32,
        heldOut: { size in ShapeAttributes(Shapes(count: heldOutCount, seed: heldOutSeed, size: size), factors: [.hue]) }
    ) { seed, size in
        ShapeAttributes(Shapes(count: trainingCount, seed: seed, size: size), factors: [.hue])
    }

    static let shapeAttributes = DatasetEntry.rendered(
        "shapes_attributes", "the shapes labeled by their hue (8), scale (4) and background (8): 256 domains for multi-domain translation, 3x32x32 (or 64x64); 20,000 shapes, 1,000 held out",
        channels: 3, classes: shapeDomains.count, native: 32,
        heldOut: { size in ShapeAttributes(Shapes(count: heldOutCount, seed: heldOutSeed, size: size), factors: shapeFactors) }
    ) { seed, size in
        ShapeAttributes(Shapes(count: trainingCount, seed: seed, size: size), factors: shapeFactors)
    }

    /// The attribute groups of `dataset`'s labels: hue, scale and background
    /// for `shapes_attributes`, hue for `shapes_hues`, one group `class` of `classes` otherwise.
    static func domains(dataset: String, classes: Int) -> AttributeDomains {
        switch dataset {
        case shapeAttributes.name: return shapeDomains
        case shapeHues.name: return ShapeAttributes.domains(of: [.hue])
        default: return AttributeDomains([.init(name: "class", levels: classes)])
        }
    }
}
