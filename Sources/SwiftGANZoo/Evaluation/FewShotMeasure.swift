import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANMetrics
import SwiftGANNN

/// FUNIT's few-shot translation of the held-out `shapes_hues`, read by the
/// shapes classifier: each held-out image is sent to a hue never trained
/// on (another than its own), given by the first K (the model's shots) held-out examples of it,
/// and the shares whose hue reads as the target (`unseen_hue_reached`) and
/// whose shape is the input's (`unseen_shape_kept`) are counted; the same
/// from one example (`one_shot_unseen_...`) and to hues trained on
/// (`seen_...`, the target another hue than the input's).
enum FewShotMeasure {
    static func measure(_ model: FUNIT, inference: Inference, seed: UInt64, limit: Int = 500) throws -> [String: Double] {
        guard let data = try model.preview.examples() as? ShapeAttributes, data.factors == [.hue] else { return [:] }
        guard let network = inference.networks["generator"] as? FUNITGenerator else { preconditionFailure("FewShotMeasure: no FUNIT generator among \(inference.networks.keys.sorted())") }
        let count = min(limit, data.count)
        let (inputs, own) = model.heldOut(count: count)
        let shapes = (0..<count).map { data.shapes.factors(at: $0)[.shape] }
        let judge = try ShapesClassifier.pretrained()
        var random = RandomGenerator(seed: seed)
        func draw(_ classes: [Int], besides label: Int) -> Int {
            let others = classes.filter { $0 != label }
            let choices = others.isEmpty ? classes : others
            return choices[Int(random.next() % UInt64(choices.count))]
        }
        let unseen = own.map { draw(model.unseenClasses, besides: $0) }
        let seen = own.map { draw(model.seenClasses, besides: $0) }
        var report: [String: Double] = [:]
        for (prefix, targets, shots) in [("unseen_", unseen, model.shots), ("one_shot_unseen_", unseen, 1), ("seen_", seen, model.shots)] {
            let outputs = inference.evaluating {
                TranslationMeasure.inBatches(count) { rows in
                    model.translate(Tensor(inputs.slice(axis: 0, start: rows.lowerBound, end: rows.upperBound)), to: Array(targets[rows]), shots: shots, generator: network).value
                }
            }
            let read = judge.predict(outputs.map(.clamp(low: -1, high: 1)))
            report[prefix + "hue_reached"] = AttributeEditMeasure.share(count) { read[$0][.hue] == targets[$0] }
            report[prefix + "shape_kept"] = AttributeEditMeasure.share(count) { read[$0][.shape] == shapes[$0] }
        }
        return report
    }

    /// OST's translation of the held-out `shapes_hues` of other hues than its
    /// one example's: the shares whose hue reads as the example's
    /// (`one_shot_hue_reached`) and whose shape is the input's (`one_shot_shape_kept`).
    static func oneShot(_ model: OneShotTranslator, inference: Inference, limit: Int = 500) throws -> [String: Double] {
        guard let data = try model.preview.examples() as? ShapeAttributes, data.factors == [.hue] else { return [:] }
        let judge = try ShapesClassifier.pretrained()
        let target = judge.predict(model.example)[0][.hue]
        let rows = (0..<data.count).filter { data.label(at: $0) != target }.prefix(limit)
        let inputs = NDArray.concatenate(rows.map { data.example(at: $0).image.map(.affine(scale: 2, shift: -1)).reshaped([1, 3, data.shapes.size, data.shapes.size]) }, axis: 0)
        let read = judge.predict(TranslationMeasure.translated(inputs, by: model, inference: inference).map(.clamp(low: -1, high: 1)))
        let shapes = rows.map { data.shapes.factors(at: $0)[.shape] }
        return [
            "one_shot_hue_reached": AttributeEditMeasure.share(rows.count) { read[$0][.hue] == target },
            "one_shot_shape_kept": AttributeEditMeasure.share(rows.count) { read[$0][.shape] == shapes[$0] },
        ]
    }
}
