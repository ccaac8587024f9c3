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

    /// The factors whose levels label each built-in attribute dataset.
    static let factorsByDataset: [String: [ShapeFactor]] = [shapeAttributes.name: shapeFactors, shapeHues.name: [.hue]]

    /// The attribute groups of `dataset`'s labels: its factors for the
    /// built-in attribute data, one group `class` of `classes` otherwise.
    static func domains(dataset: String, classes: Int) -> AttributeDomains {
        factorsByDataset[dataset].map(ShapeAttributes.domains(of:)) ?? AttributeDomains([.init(name: "class", levels: classes)])
    }

    /// The side and class count of the labeled images `model` translates
    /// among; otherwise an error saying what it `does` and naming `suggested` data.
    static func labeledImages(_ data: DatasetShape, model: String, does: String, suggested: String) throws -> (resolution: Int, classes: Int) {
        guard let resolution = data.resolution, data.targets == nil, let classes = data.classCount else {
            throw ConfigurationError(key: "dataset", problem: "\(model) \(does); use \(suggested), or labeled images such as an image folder of class subfolders")
        }
        return (resolution, classes)
    }
}
