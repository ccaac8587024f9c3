import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANMetrics

/// TL-GAN's latent directions (Guan 2018) for the `shapes` factors: samples
/// of a generator are read by the shapes classifier, each attribute is
/// regressed linearly on z by least squares (the ordinal factors scale, x,
/// y and rotation as their expected level under the classifier; the shape as
/// the probability of each kind), and an attribute's direction is its
/// regression weight made orthogonal to every other attribute's (so that
/// moving along it leaves their fitted values unchanged) and of unit length.
public struct LatentDirections {
    /// The ordinal factors that have a direction, in order.
    public static let attributes: [ShapeFactor] = [.scale, .x, .y, .rotation]

    /// The regression weight of each attribute and of each shape kind's probability (`[D]` each), by name.
    public let weights: [String: [Double]]
    public let latentDimension: Int

    /// Fits the regressions on `count` samples of `inference` drawn from `seed`.
    public static func fit(inference: Inference, classifier: ShapesClassifier, count: Int = 4_000, seed: UInt64) -> LatentDirections {
        var random = RandomGenerator(seed: seed)
        guard case .latent(let latent) = inference.model.previewRequest(count: count, random: &random) else {
            preconditionFailure("LatentDirections: the model does not take a latent")
        }
        let targets = readings(of: inference.generate(latent), classifier: classifier)
        let z = latent.z.value
        return LatentDirections(weights: targets.mapValues { LeastSquares.slope(z, $0) }, latentDimension: z.shape[1])
    }

    /// The classifier's readings of `images`: each ordinal attribute's expected level and each shape kind's probability, per image.
    public static func readings(of images: NDArray, classifier: ShapesClassifier) -> [String: [Double]] {
        var readings: [String: [Double]] = [:]
        for start in stride(from: 0, to: images.shape[0], by: 500) {
            let batch = Tensor(images.slice(axis: 0, start: start, end: min(images.shape[0], start + 500)))
            let logits = withoutGrad { classifier.factorLogits(batch) }
            for (factor, factorLogits) in zip(ShapeFactor.allCases, logits) {
                let p = factorLogits.softmax(axis: 1).value
                let (n, levels) = (p.shape[0], p.shape[1])
                let values = p.elements
                if attributes.contains(factor) {
                    readings[factor.rawValue, default: []] += (0..<n).map { row in (0..<levels).reduce(0.0) { $0 + Double($1) * Double(values[row * levels + $1]) } }
                } else if factor == .shape {
                    for kind in 0..<levels { readings["shape_\(kind)", default: []] += (0..<n).map { Double(values[$0 * levels + kind]) } }
                }
            }
        }
        return readings
    }

    /// The unit direction of `attribute` with every other fitted weight projected out.
    public func direction(_ attribute: ShapeFactor) -> [Double] {
        guard let own = weights[attribute.rawValue] else { preconditionFailure("LatentDirections: no direction for \(attribute.rawValue); use one of \(Self.attributes.map(\.rawValue))") }
        var basis: [[Double]] = []
        for (name, weight) in weights.sorted(by: { $0.key < $1.key }) where name != attribute.rawValue {
            let (v, norm) = Self.orthogonalized(weight, against: basis)
            if norm > 1e-9 { basis.append(v.map { $0 / norm }) }
        }
        let (d, norm) = Self.orthogonalized(own, against: basis)
        precondition(norm > 1e-12, "LatentDirections: \(attribute.rawValue)'s weight lies in the span of the others")
        return d.map { $0 / norm }
    }

    /// `v` with its projection on each orthonormal vector of `basis` removed (Gram-Schmidt), and the norm left.
    static func orthogonalized(_ v: [Double], against basis: [[Double]]) -> (vector: [Double], norm: Double) {
        var rest = v
        for b in basis {
            let dot = zip(rest, b).reduce(0) { $0 + $1.0 * $1.1 }
            rest = zip(rest, b).map { $0 - dot * $1 }
        }
        return (rest, rest.reduce(0) { $0 + $1 * $1 }.squareRoot())
    }

    /// A direction of unit length drawn uniformly from every direction of a `dimension`-wide latent.
    public static func randomDirection(dimension: Int, random: inout RandomGenerator) -> [Double] {
        let v = random.normal([dimension]).elements.map(Double.init)
        let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
        precondition(norm > 0, "LatentDirections: a zero random draw")
        return v.map { $0 / norm }
    }

    /// `latent` with `amount` times the unit `direction` added to every z.
    public static func moving(_ latent: Latent, along direction: [Double], by amount: Double) -> Latent {
        let (n, d) = (latent.z.shape[0], latent.z.shape[1])
        precondition(direction.count == d, "LatentDirections: a direction of \(direction.count) for a latent of \(d)")
        let step = NDArray(direction.map { Float($0 * amount) }, shape: [1, d])
        var moved = latent
        moved.z = Tensor(latent.z.value + step * NDArray(repeating: 1, shape: [n, 1]))
        return moved
    }
}
