import Foundation
import SwiftGAN
import XCTest

/// The VGG19 feature port against PyTorch with deterministic weights (`scripts/make_vgg_fixtures.py`).
final class VGG19Tests: XCTestCase {
    private struct Fixture: Decodable {
        struct Layer: Decodable {
            let shape: [Int]
            let first: [Double]
            let mean: Double
            let mean_square: Double
        }
        let layers: [String: Layer]
    }

    /// torchvision's state with the fixture's weights: uniform within He's bound for weights, 0.1 for biases.
    private func torchvisionState(_ network: VGG19Features) -> StateDict {
        var entries: [(String, NDArray)] = []
        for (convolution, index) in zip(network.convolutions, network.torchvisionIndices) {
            for (name, shape) in [("weight", convolution.weight.value.shape), ("bias", convolution.bias!.value.shape)] {
                let key = "features.\(index).\(name)"
                let bound = name == "weight" ? (6.0 / Double(shape.dropFirst().reduce(1, *))).squareRoot() : 0.1
                entries.append((key, NDArray(DeterministicWeights.uniform(key, count: shape.reduce(1, *)).map { Float((2 * $0 - 1) * bound) }, shape: shape)))
            }
        }
        return StateDict(entries)
    }

    func testActivationsMatchPyTorch() throws {
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: MetricFixtures.url("vgg19", "json")))
        var random = RandomGenerator(seed: 0)
        let network = VGG19Features(generator: &random)
        try network.loadTorchvision(torchvisionState(network))
        let images = NDArray(DeterministicWeights.uniform("vgg_input", count: 2 * 3 * 32 * 32).map(Float.init), shape: [2, 3, 32, 32])
        let found = withoutGrad { network.activations(Tensor(images), at: Array(fixture.layers.keys)) }
        for (name, expected) in fixture.layers {
            let values = try XCTUnwrap(found[name], name).value
            XCTAssertEqual(values.shape, expected.shape, name)
            let elements = values.elements.map(Double.init)
            // Float32 through up to 16 convolutions against float64: relative errors of order 1e-5, allowed 1e-3 of the layer's scale.
            let scale = expected.mean_square.squareRoot()
            for (a, b) in zip(elements.prefix(16), expected.first) { XCTAssertEqual(a, b, accuracy: 1e-3 * scale, name) }
            XCTAssertEqual(elements.reduce(0, +) / Double(elements.count), expected.mean, accuracy: 1e-3 * scale, name)
            XCTAssertEqual(elements.map { $0 * $0 }.reduce(0, +) / Double(elements.count), expected.mean_square, accuracy: 1e-3 * expected.mean_square, name)
        }
    }

    func testLayersAreNamedAsBasicSRNamesThemAndWeightsAreChecked() throws {
        XCTAssertEqual(VGG19Features.layerNames.count, 16 * 2 + 5)
        XCTAssertEqual(Array(VGG19Features.layerNames.prefix(5)), ["conv1_1", "relu1_1", "conv1_2", "relu1_2", "pool1"])
        XCTAssertEqual(VGG19Features.layerNames.last, "pool5")
        var random = RandomGenerator(seed: 1)
        let network = VGG19Features(generator: &random)
        XCTAssertEqual(network.torchvisionIndices.prefix(5), [0, 2, 5, 7, 10])
        XCTAssertEqual(network.torchvisionIndices.last, 34)
        let full = torchvisionState(network)
        var state = full.entries.filter { $0.name != "features.34.bias" }
        XCTAssertThrowsError(try network.loadTorchvision(StateDict(state.map { ($0.name, $0.value) }))) { error in
            XCTAssertTrue("\(error)".contains("no features.34.bias"), "\(error)")
        }
        state[0].value = NDArray(zeros: [64, 3, 5, 5])
        XCTAssertThrowsError(try network.loadTorchvision(StateDict(state.map { ($0.name, $0.value) } + [("features.34.bias", NDArray(zeros: [512]))])))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vgg-\(UUID().uuidString).safetensors")
        defer { try? FileManager.default.removeItem(at: url) }
        try SafetensorsFile(stateDict: full).write(to: url)
        let converted = try VGG19Features.converted(at: url)
        XCTAssertEqual(converted.convolutions[15].weight.value.elements, full["features.34.weight"]?.elements)
        XCTAssertThrowsError(try VGG19Features.converted(at: url.appendingPathExtension("missing")))
        let shallow = withoutGrad { network.activations(Tensor(NDArray(zeros: [1, 3, 8, 8])), at: ["relu1_2", "pool1"]) }
        XCTAssertEqual(shallow["pool1"]?.shape, [1, 64, 4, 4])
        XCTAssertEqual(Set(shallow.keys), ["relu1_2", "pool1"])
    }
}
