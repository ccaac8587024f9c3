import SwiftGAN
import SwiftGANTestSupport
import XCTest

final class HistoricalAveragingTests: XCTestCase {
    static func layer() -> Linear {
        var g = RandomGenerator(seed: 1)
        return Linear(3, 1, generator: &g)
    }

    /// Sets the weight to `w` and the bias to `b`.
    static func set(_ layer: Linear, _ w: [Float], _ b: Float) {
        layer.weight.assign(NDArray(w, shape: [1, 3]))
        layer.bias!.assign(NDArray([b], shape: [1]))
    }

    /// A history of weights (1, 2, 3), (4, 0, -3), (1, 1, 3) and biases 1, 2, 6.
    static func history(weight: Float) -> (HistoricalAveraging, Linear) {
        let (history, layer) = (HistoricalAveraging(weight: weight), Self.layer())
        for (w, b): ([Float], Float) in [([1, 2, 3], 1), ([4, 0, -3], 2), ([1, 1, 3], 6)] {
            set(layer, w, b)
            history.update(from: layer)
        }
        return (history, layer)
    }

    func testRunningMeanIsTheMeanOfTheValues() {
        let (history, _) = Self.history(weight: 1)
        XCTAssertEqual(history.count, 3)
        for (got, want) in zip(history.averages["weight"]!.elements, [Float(2), 1, 1]) { XCTAssertEqual(got, want, accuracy: 1e-6) }
        XCTAssertEqual(history.averages["bias"]!.elements[0], 3, accuracy: 1e-6)
    }

    func testPenaltyAndItsGradient() {
        let lambda: Float = 0.25
        let (history, layer) = Self.history(weight: lambda)
        XCTAssertEqual(HistoricalAveraging(weight: lambda).penalty(for: layer).scalarValue, 0)
        Self.set(layer, [0, 3, 1], 5)
        let (w, wBar, b, bBar): ([Float], [Float], Float, Float) = ([0, 3, 1], [2, 1, 1], 5, 3)
        let expected = lambda * (zip(w, wBar).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) + (b - bBar) * (b - bBar))
        let penalty = history.penalty(for: layer)
        XCTAssertEqual(penalty.scalarValue, expected, accuracy: 1e-5)
        let grads = gradients(of: penalty, wrt: [layer.weight.tensor, layer.bias!.tensor])
        for (got, want) in zip(grads[0].value.elements, zip(w, wBar).map { 2 * lambda * ($0 - $1) }) { XCTAssertEqual(got, want, accuracy: 1e-5) }
        XCTAssertEqual(grads[1].value.elements[0], 2 * lambda * (b - bBar), accuracy: 1e-5)
    }

    func testAddedByHandToALoss() {
        let (history, layer) = Self.history(weight: 0.5)
        let x = Tensor(NDArray([1, -1, 2], shape: [1, 3]))
        let plain = layer(x).mean()
        let loss = plain + history.penalty(for: layer)
        XCTAssertEqual(loss.scalarValue, plain.scalarValue + history.penalty(for: layer).scalarValue, accuracy: 1e-6)
        let withPenalty = gradients(of: loss, wrt: [layer.weight.tensor])[0].value.elements
        let extra = gradients(of: history.penalty(for: layer), wrt: [layer.weight.tensor])[0].value.elements
        for (i, (got, pen)) in zip(withPenalty, extra).enumerated() { XCTAssertEqual(got, x.value.elements[i] + pen, accuracy: 1e-5) }
    }

    func testStateRoundTrip() throws {
        let (history, layer) = Self.history(weight: 0.1)
        let restored = HistoricalAveraging(weight: 0.1)
        try restored.load(history.stateDict())
        XCTAssertEqual(restored.stateDict(), history.stateDict())
        XCTAssertEqual(restored.count, 3)
        XCTAssertEqual(restored.penalty(for: layer).scalarValue, history.penalty(for: layer).scalarValue)
        XCTAssertThrowsError(try restored.load(StateDict()))
    }
}
