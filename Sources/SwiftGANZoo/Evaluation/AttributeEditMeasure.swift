import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANMetrics
import SwiftGANNN

/// How multi-domain translators edit the held-out `shapes_attributes`: each
/// image is sent, one attribute group at a time, to a level of that group
/// drawn at random among the others (its other groups kept), and the shapes
/// factor classifier reads the translation. For each group: the share that
/// reads as the target level (`hue_reached`, ...), whose shape is the
/// input's (`hue_shape_kept`, ...) and whose other groups stayed
/// (`hue_others_kept`, ...); over all edits, `attribute_reached`,
/// `shape_kept` and `others_kept`. `judge_attributes_read` is the
/// classifier's own reading of the inputs' shape and groups, the ceiling.
enum AttributeEditMeasure {
    static func measure(_ model: any DomainTranslationModel, inference: Inference, seed: UInt64, limit: Int? = nil) throws -> [String: Double] {
        guard let data = try model.preview.examples() as? ShapeAttributes else { return [:] }
        let count = min(limit ?? data.count, data.count)
        let (inputs, own) = model.heldOut(count: count)
        let truth = (0..<count).map { data.shapes.factors(at: $0) }
        let judge = try ShapesClassifier.pretrained()
        let readInputs = judge.predict(inputs)
        let judged = ([ShapeFactor.shape] + data.factors)
        var report = ["judge_attributes_read": share(count) { i in judged.allSatisfy { readInputs[i][$0] == truth[i][$0] } }]
        var random = RandomGenerator(seed: seed)
        var totals = (reached: 0.0, shape: 0.0, others: 0.0)
        for (group, factor) in data.factors.enumerated() {
            let targets = own.map { model.edited($0, group: group, by: 1 + Int(random.next() % UInt64(factor.levels - 1))) }
            let read = judge.predict(translated(inputs, from: own, to: targets, inference: inference).map(.clamp(low: -1, high: 1)))
            let reached = share(count) { read[$0][factor] == data.domains.levels(targets[$0])[group] }
            let shape = share(count) { read[$0][.shape] == truth[$0][.shape] }
            let others = share(count) { i in data.factors.filter { $0 != factor }.allSatisfy { read[i][$0] == truth[i][$0] } }
            (report["\(factor.rawValue)_reached"], report["\(factor.rawValue)_shape_kept"], report["\(factor.rawValue)_others_kept"]) = (reached, shape, others)
            totals = (totals.reached + reached, totals.shape + shape, totals.others + others)
        }
        let groups = Double(data.factors.count)
        (report["attribute_reached"], report["shape_kept"], report["others_kept"]) = (totals.reached / groups, totals.shape / groups, totals.others / groups)
        return report
    }

    /// `inputs` of domains `sources` translated to `targets`, in batches.
    static func translated(_ inputs: NDArray, from sources: [Int], to targets: [Int], inference: Inference) -> NDArray {
        TranslationMeasure.inBatches(inputs.shape[0]) { rows in
            inference(.imageAndDomain(inputs.slice(axis: 0, start: rows.lowerBound, end: rows.upperBound), from: Array(sources[rows]), to: Array(targets[rows])))
        }
    }

    /// The share of `0..<count` for which `holds` is true.
    static func share(_ count: Int, _ holds: (Int) -> Bool) -> Double {
        Double((0..<count).filter(holds).count) / Double(count)
    }
}
