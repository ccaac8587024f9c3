import Foundation
import SwiftGAN
import XCTest

/// The LPIPS port against PyTorch with deterministic weights (`scripts/make_lpips_fixtures.py`).
final class LPIPSTests: XCTestCase {
    private struct Fixture: Decodable {
        struct Case: Decodable { let far: [Double], near: [Double] }
        let vgg: Case, alex: Case
    }

    /// The fixture's weights under the converted names: He-bounded convolutions, biases within 0.1, heads in [0, 0.1).
    private func state(_ network: LPIPS) -> StateDict {
        StateDict(zip(network.convertedNames, network.parameters()).map { key, parameter in
            let shape = parameter.value.shape
            let u = DeterministicWeights.uniform("lpips_\(network.backbone.rawValue)_\(key)", count: shape.reduce(1, *))
            let bound = key.hasSuffix("bias") ? 0.1 : (6.0 / Double(shape.dropFirst().reduce(1, *))).squareRoot()
            return (key, NDArray(u.map { Float(key.hasPrefix("lin") ? 0.1 * $0 : (2 * $0 - 1) * bound) }, shape: shape))
        })
    }

    private func images(_ key: String) -> NDArray {
        NDArray(DeterministicWeights.uniform(key, count: 2 * 3 * 64 * 64).map { Float(2 * $0 - 1) }, shape: [2, 3, 64, 64])
    }

    func testDistancesMatchPyTorchForBothBackbones() throws {
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: MetricFixtures.url("lpips", "json")))
        let (x, y) = (images("lpips_x"), images("lpips_y"))
        let noise = images("lpips_noise").map(.affine(scale: 0.05, shift: 0))
        let near = (x + noise).map(.clamp(low: -1, high: 1))
        for (backbone, expected) in [(LPIPSBackbone.vgg, fixture.vgg), (.alex, fixture.alex)] {
            var random = RandomGenerator(seed: 0)
            let network = LPIPS(backbone: backbone, generator: &random)
            try network.loadConverted(state(network))
            let (far, close) = withoutGrad { (network.distance(Tensor(x), Tensor(y)).value.elements, network.distance(Tensor(x), Tensor(near)).value.elements) }
            for i in 0..<2 {
                // Float32 through up to 13 convolutions and a normalization against float64: about 1e-5 relative, allowed 1e-3.
                XCTAssertEqual(Double(far[i]), expected.far[i], accuracy: 1e-3 * expected.far[i], "\(backbone)")
                XCTAssertEqual(Double(close[i]), expected.near[i], accuracy: 1e-2 * expected.near[i], "\(backbone)")
            }
            XCTAssertEqual(withoutGrad { network.distance(Tensor(x), Tensor(x)).value.elements }, [0, 0])
        }
    }

    func testConvertedFilesLoadAndBadOnesAreRefused() throws {
        var random = RandomGenerator(seed: 1)
        let network = LPIPS(backbone: .alex, generator: &random)
        XCTAssertEqual(network.convertedNames.prefix(3), ["features.0.weight", "features.0.bias", "features.3.weight"])
        XCTAssertEqual(network.convertedNames.last, "lin4.model.1.weight")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-lpips-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("alex.safetensors"), unnamed = folder.appendingPathComponent("unnamed.safetensors")
        try SafetensorsFile(stateDict: state(network), metadata: ["network": "alex"]).write(to: good)
        try SafetensorsFile(stateDict: state(network)).write(to: unnamed)
        let loaded = try LPIPS.converted(at: good)
        XCTAssertEqual(loaded.backbone, .alex)
        XCTAssertEqual(loaded.heads[4].weight.value.elements, state(network)["lin4.model.1.weight"]!.elements)
        XCTAssertThrowsError(try LPIPS.converted(at: unnamed)) { error in XCTAssertTrue("\(error)".contains("not an LPIPS file"), "\(error)") }
        let partial = StateDict(state(network).entries.filter { $0.name != "lin2.model.1.weight" }.map { ($0.name, $0.value) })
        XCTAssertThrowsError(try network.loadConverted(partial)) { error in XCTAssertTrue("\(error)".contains("no lin2.model.1.weight"), "\(error)") }
    }
}
