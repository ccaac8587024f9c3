import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// Every layer against PyTorch: forward values, gradients with respect to the
/// inputs and every parameter, and buffers after the step (running statistics,
/// spectral norm's `u` and `v`).
///
/// The references are `Fixtures/layers/<case>.safetensors`, written by
/// `scripts/make_layer_fixtures.py` (see its docstring for the layout). Each
/// case there is paired here, by name, with a builder of the same layer; the
/// PyTorch state dict is loaded strictly, the forward pass runs in the file's
/// mode and `sum(output * weight)` is differentiated.
final class LayerGoldenTests: XCTestCase {
    static let rtol: Float = 1e-4
    static let atol: Float = 1e-5

    // MARK: Cases

    /// The Swift side of one case: a module holding the state, and its forward pass.
    struct GoldenLayer {
        let module: Module
        let forward: (GoldenInputs) -> Tensor

        init(_ module: Module, forward: @escaping (GoldenInputs) -> Tensor) {
            self.module = module
            self.forward = forward
        }

        /// A one-input layer applied to `input`.
        init(_ layer: any LayerModule) {
            self.init(layer) { layer($0.x) }
        }
    }

    typealias Builder = (inout RandomGenerator) -> GoldenLayer

    /// Case name to builder; the names match the script's.
    static func builders() -> (table: [String: Builder], duplicates: [String]) {
        var table: [String: Builder] = [:]
        var duplicates: [String] = []
        func addCustom(_ name: String, _ build: @escaping Builder) {
            if table.updateValue(build, forKey: name) != nil { duplicates.append(name) }
        }
        func add(_ name: String, _ make: @escaping (inout RandomGenerator) -> any LayerModule) {
            addCustom(name) { g in GoldenLayer(make(&g)) }
        }

        // Linear.
        add("linear") { Linear(5, 3, generator: &$0) }
        add("linear_no_bias") { Linear(5, 3, bias: false, generator: &$0) }
        add("linear_rank3") { Linear(5, 3, generator: &$0) }

        // Conv2d.
        add("conv2d") { Conv2d(3, 4, kernel: 3, padding: 1, generator: &$0) }
        add("conv2d_stride2") { Conv2d(3, 4, kernel: 3, stride: 2, padding: 1, generator: &$0) }
        add("conv2d_no_bias") { Conv2d(3, 4, kernel: 3, bias: false, generator: &$0) }
        add("conv2d_reflect") { Conv2d(2, 3, kernel: 3, padding: Int2(2, 1), paddingMode: .reflect, generator: &$0) }
        add("conv2d_replicate") { Conv2d(2, 3, kernel: 3, padding: Int2(1, 2), paddingMode: .replicate, generator: &$0) }
        add("conv2d_groups") { Conv2d(4, 6, kernel: 3, padding: 1, groups: 2, generator: &$0) }
        add("conv2d_depthwise") { Conv2d(3, 6, kernel: 3, groups: 3, generator: &$0) }
        add("conv2d_dilation") { Conv2d(2, 3, kernel: 3, padding: 2, dilation: 2, generator: &$0) }
        add("conv2d_nonsquare") {
            Conv2d(2, 3, kernel: Int2(3, 2), stride: Int2(2, 1), padding: Int2(1, 0), dilation: Int2(1, 2), generator: &$0)
        }

        // ConvTranspose2d.
        add("conv_transpose2d") { ConvTranspose2d(3, 2, kernel: 4, stride: 2, padding: 1, generator: &$0) }
        add("conv_transpose2d_output_padding") {
            ConvTranspose2d(3, 2, kernel: 3, stride: 2, padding: 1, outputPadding: 1, generator: &$0)
        }
        add("conv_transpose2d_groups") { ConvTranspose2d(4, 6, kernel: 3, stride: 2, groups: 2, generator: &$0) }
        add("conv_transpose2d_dilation") { ConvTranspose2d(2, 3, kernel: 3, padding: 1, dilation: 2, generator: &$0) }
        add("conv_transpose2d_nonsquare") {
            ConvTranspose2d(
                2, 3, kernel: Int2(3, 2), stride: Int2(2, 3), padding: Int2(1, 0), outputPadding: Int2(1, 2), bias: false,
                generator: &$0)
        }

        // BatchNorm.
        add("batchnorm1d_train") { _ in BatchNorm1d(4) }
        add("batchnorm1d_train_3d") { _ in BatchNorm1d(3) }
        add("batchnorm1d_eval") { _ in BatchNorm1d(4) }
        add("batchnorm2d_train") { _ in BatchNorm2d(3) }
        add("batchnorm2d_train_momentum_none") { _ in BatchNorm2d(3, momentum: nil) }
        add("batchnorm2d_train_momentum_0_3_eps_1e-3") { _ in BatchNorm2d(3, eps: 1e-3, momentum: 0.3) }
        add("batchnorm2d_eval") { _ in BatchNorm2d(3) }
        add("batchnorm2d_train_no_affine") { _ in BatchNorm2d(3, affine: false) }
        add("batchnorm2d_eval_untracked") { _ in BatchNorm2d(3, trackRunningStats: false) }

        // Other normalizations.
        add("instancenorm2d_affine") { _ in InstanceNorm2d(3, affine: true) }
        add("instancenorm2d") { _ in InstanceNorm2d(3) }
        add("layernorm") { _ in LayerNorm([4]) }
        add("layernorm_2d_shape") { _ in LayerNorm([3, 4]) }
        add("layernorm_no_affine") { _ in LayerNorm([5], elementwiseAffine: false) }
        add("groupnorm") { _ in GroupNorm(3, 6) }
        add("groupnorm_one_group_no_affine") { _ in GroupNorm(1, 4, affine: false) }

        // Embedding.
        addCustom("embedding") { g in
            let m = Embedding(7, 4, generator: &g)
            return GoldenLayer(m) { m($0.ints("input")) }
        }

        // Resampling, pooling, reshaping.
        add("upsample_nearest_scale2") { _ in Upsample(scale: 2) }
        add("upsample_nearest_size") { _ in Upsample(size: Int2(5, 7)) }
        add("upsample_bilinear_scale2") { _ in Upsample(scale: 2, mode: .bilinear) }
        add("upsample_bilinear_size_align_corners") { _ in Upsample(size: Int2(5, 7), mode: .bilinear, alignCorners: true) }
        add("upsample_bilinear_down") { _ in Upsample(size: Int2(2, 3), mode: .bilinear) }
        add("avgpool2d") { _ in AvgPool2d(kernel: 2) }
        add("avgpool2d_k3_s2_p1") { _ in AvgPool2d(kernel: 3, stride: 2, padding: 1) }
        add("avgpool2d_nonsquare") { _ in AvgPool2d(kernel: Int2(2, 3), stride: Int2(2, 1), padding: Int2(1, 1)) }
        add("maxpool2d") { _ in MaxPool2d(kernel: 2) }
        add("maxpool2d_k3_s2_p1") { _ in MaxPool2d(kernel: 3, stride: 2, padding: 1) }
        add("maxpool2d_nonsquare") { _ in MaxPool2d(kernel: Int2(2, 3), stride: Int2(2, 1), padding: Int2(1, 1)) }
        add("pixelshuffle") { _ in PixelShuffle(2) }
        add("pixelunshuffle") { _ in PixelUnshuffle(2) }
        add("flatten") { _ in Flatten() }
        add("flatten_start2") { _ in Flatten(startAxis: 2) }
        add("reshape") { _ in Reshape([3, 2, 2]) }

        // Activations.
        let activations: [(String, Activation.Kind)] = [
            ("relu", .relu), ("leaky_relu_0_2", .leakyRelu(0.2)), ("elu", .elu(1)), ("elu_0_5", .elu(0.5)), ("gelu", .gelu),
            ("tanh", .tanh), ("sigmoid", .sigmoid), ("softplus", .softplus), ("identity", .identity),
        ]
        for (name, kind) in activations { add("activation_\(name)") { _ in Activation(kind) } }

        // Spectral norm.
        add("spectralnorm_linear_train") { SpectralNorm(Linear(5, 4, generator: &$0), generator: &$0) }
        add("spectralnorm_linear_eval") { SpectralNorm(Linear(5, 4, generator: &$0), generator: &$0) }
        add("spectralnorm_conv2d_train") { SpectralNorm(Conv2d(3, 4, kernel: 3, padding: 1, generator: &$0), generator: &$0) }
        add("spectralnorm_conv2d_train_3_iterations") {
            SpectralNorm(Conv2d(3, 4, kernel: 3, padding: 1, generator: &$0), powerIterations: 3, generator: &$0)
        }
        add("spectralnorm_conv2d_eval") { SpectralNorm(Conv2d(3, 4, kernel: 3, padding: 1, generator: &$0), generator: &$0) }
        add("spectralnorm_conv_transpose2d_train") {
            SpectralNorm(ConvTranspose2d(3, 2, kernel: 4, stride: 2, padding: 1, generator: &$0), generator: &$0)
        }
        add("spectralnorm_conv_transpose2d_eval") {
            SpectralNorm(ConvTranspose2d(3, 2, kernel: 4, stride: 2, padding: 1, generator: &$0), generator: &$0)
        }

        // GAN layers.
        for mode in ["train", "eval"] {
            addCustom("conditional_batchnorm2d_\(mode)") { g in
                let m = ConditionalBatchNorm2d(3, numClasses: 5, generator: &g)
                return GoldenLayer(m) { m($0.x, labels: $0.ints("input.labels")) }
            }
        }
        addCustom("self_modulated_batchnorm2d_train") { g in
            let m = SelfModulatedBatchNorm2d(3, latentDimension: 4, hidden: 6, generator: &g)
            return GoldenLayer(m) { m($0.x, latent: $0["latent"]) }
        }
        add("self_attention") { SelfAttention(8, reduction: 4, generator: &$0) }
        addCustom("adaptive_instance_norm") { g in
            let m = AdaptiveInstanceNorm(3, styleDimension: 4, generator: &g)
            return GoldenLayer(m) { m($0.x, style: $0["style"]) }
        }
        addCustom("adain_transfer") { _ in
            GoldenLayer(Module()) { AdaptiveInstanceNorm.transfer(content: $0.x, style: $0["style"]) }
        }
        add("pixelnorm") { _ in PixelNorm() }
        add("pixelnorm_rank2") { _ in PixelNorm() }
        add("minibatch_stddev_group2") { _ in MinibatchStdDev(groupSize: 2, numChannels: 1) }
        add("minibatch_stddev_group4_channels2") { _ in MinibatchStdDev(groupSize: 4, numChannels: 2) }
        add("minibatch_stddev_group_larger_than_batch") { _ in MinibatchStdDev(groupSize: 4, numChannels: 1) }
        add("equalized_linear") { EqualizedLinear(5, 3, generator: &$0) }
        add("equalized_linear_lr_mul_0_01") { EqualizedLinear(5, 3, biasInit: 0.5, lrMultiplier: 0.01, generator: &$0) }
        add("equalized_conv2d") { EqualizedConv2d(3, 4, kernel: 3, stride: 2, padding: 1, generator: &$0) }
        let modulated: [(String, Int, Bool, Bool)] = [
            ("modulated_conv2d", 3, true, false), ("modulated_conv2d_no_demodulation_k1", 1, false, false),
            ("modulated_conv2d_upsample", 3, true, true), ("modulated_conv2d_upsample_k1_no_demodulation", 1, false, true),
        ]
        for (name, kernel, demodulate, upsample) in modulated {
            addCustom(name) { g in
                let m = ModulatedConv2d(3, 4, kernel: kernel, styleDimension: 5, demodulate: demodulate, upsample: upsample, generator: &g)
                return GoldenLayer(m) { m($0.x, style: $0["style"]) }
            }
        }
        addCustom("noise_injection") { _ in
            let m = NoiseInjection()
            return GoldenLayer(m) { inputs in
                var unused = RandomGenerator(seed: 0)
                return m(inputs.x, noise: inputs["noise"], generator: &unused)
            }
        }
        add("residual_up_block_train") { ResidualUpBlock(4, 4, generator: &$0) }
        add("residual_up_block_channels_train") { ResidualUpBlock(4, 3, generator: &$0) }
        add("residual_up_block_eval") { ResidualUpBlock(3, 3, generator: &$0) }
        add("residual_down_block_first_sn_train") { ResidualDownBlock(3, 4, first: true, generator: &$0) }
        add("residual_down_block_sn_train") { ResidualDownBlock(3, 4, generator: &$0) }
        add("residual_down_block_sn_eval") { ResidualDownBlock(3, 4, generator: &$0) }
        add("residual_down_block_plain_no_downsample") {
            ResidualDownBlock(3, 4, downsample: false, spectralNorm: false, generator: &$0)
        }
        add("residual_down_block_first_plain_no_downsample") {
            ResidualDownBlock(2, 3, first: true, downsample: false, spectralNorm: false, generator: &$0)
        }
        return (table, duplicates)
    }

    // MARK: Tests

    func testEveryFixtureHasACaseAndEveryCaseAFixture() throws {
        let (table, duplicates) = Self.builders()
        XCTAssertEqual(duplicates, [], "cases defined twice")
        let fixtures = Set(try GoldenFixture.names(in: "layers"))
        XCTAssertFalse(fixtures.isEmpty, "no fixtures in Fixtures/layers; run scripts/make_layer_fixtures.py")
        XCTAssertEqual(fixtures.subtracting(table.keys).sorted(), [], "fixtures without a Swift case")
        XCTAssertEqual(Set(table.keys).subtracting(fixtures).sorted(), [], "Swift cases without a fixture")
    }

    func testEveryLayerMatchesPyTorch() throws {
        let (table, _) = Self.builders()
        var checked = 0
        // The largest error of each case relative to its bound `atol + rtol * |expected|`, for the log.
        var worst: [(ratio: Float, what: String)] = []
        for name in try GoldenFixture.names(in: "layers") {
            guard let build = table[name] else { continue }  // reported by the pairing test
            var generator = RandomGenerator(seed: 1)
            let layer = build(&generator)
            let fixture = try GoldenFixture(named: name, in: "layers")
            var caseWorst: (ratio: Float, what: String) = (0, name)
            let scale = fixture.gradientScale
            try fixture.check(layer.module, forward: layer.forward) { actual, expected, what in
                if GoldenFixture.isExactlyZeroGradient(expected, what) {
                    // Zero in exact arithmetic (a bias followed by batch norm): float32 leaves the
                    // rounding of a cancelling sum, held to rtol times the case's gradient scale.
                    let largest = actual.elements.map(abs).max() ?? 0
                    XCTAssertLessThanOrEqual(largest, Self.rtol * scale, "\(name): \(what) is zero in exact arithmetic")
                    return
                }
                assertClose(actual, expected, rtol: Self.rtol, atol: Self.atol, "\(name): \(what)")
                let ratio = Self.errorRatio(actual, expected)
                if ratio > caseWorst.ratio { caseWorst = (ratio, "\(name) \(what)") }
            }
            worst.append(caseWorst)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 0)
        let summary = worst.sorted { $0.ratio > $1.ratio }.prefix(5).map { "\($0.what): \($0.ratio)" }
        print("LayerGoldenTests: \(checked) cases; largest error / (atol + rtol |expected|): \(summary.joined(separator: "; "))")
    }

    /// The largest `|a - e| / (atol + rtol |e|)` (at most 1 when `assertClose` passes).
    static func errorRatio(_ actual: NDArray, _ expected: NDArray) -> Float {
        guard actual.shape == expected.shape else { return .infinity }
        return zip(actual.elements, expected.elements).map { abs($0 - $1) / (atol + rtol * abs($1)) }.max() ?? 0
    }

    // MARK: Dropout (no PyTorch fixture: the random masks differ)

    func testDropoutIsTheIdentityInEvaluation() {
        let dropout = Dropout(0.5, seed: 3)
        dropout.eval()
        var generator = RandomGenerator(seed: 4)
        let x = Tensor(generator.normal([4, 5]), requiresGrad: true)
        let y = dropout(x)
        XCTAssertEqual(y.elements, x.elements)
        let g = gradients(of: (y * 3).sum(), wrt: [x])[0]
        XCTAssertEqual(g.elements, [Float](repeating: 3, count: 20))
    }

    func testDropoutDropsAtTheRateAndKeepsTheMean() {
        for p: Float in [0.1, 0.5, 0.8] {
            let dropout = Dropout(p, seed: 11)
            let count = 200_000
            let x = Tensor(NDArray(repeating: 1, shape: [count]), requiresGrad: true)
            let y = dropout(x)
            let values = y.elements
            let scale = 1 / (1 - p)
            let zeros = values.filter { $0 == 0 }.count
            XCTAssertTrue(values.allSatisfy { $0 == 0 || abs($0 - scale) <= 1e-6 * scale }, "p \(p): kept values are not scaled by 1/(1-p)")
            // Binomial(count, p): standard deviation sqrt(count p (1 - p)) <= 224; allow 5 of them.
            let expected = Double(count) * Double(p)
            XCTAssertEqual(Double(zeros), expected, accuracy: 5 * (expected * (1 - Double(p))).squareRoot(), "p \(p): dropped fraction")
            let mean = values.reduce(0.0) { $0 + Double($1) } / Double(count)
            XCTAssertEqual(mean, 1, accuracy: 0.02, "p \(p): mean not preserved")
            // The gradient is the same mask and scale.
            let g = gradients(of: y.sum(), wrt: [x])[0].elements
            XCTAssertEqual(g, values, "p \(p): gradient differs from the mask")
        }
    }

    func testDropoutMasksAreFreshEachCallAndSeeded() {
        let a = Dropout(0.5, seed: 5), b = Dropout(0.5, seed: 5)
        let x = Tensor(NDArray(repeating: 1, shape: [64]))
        let first = a(x).elements
        XCTAssertNotEqual(first, a(x).elements, "two calls gave the same mask")
        XCTAssertEqual(first, b(x).elements, "the same seed gave another mask")
        let zero = Dropout(0, seed: 1)
        XCTAssertEqual(zero(x).elements, x.elements)
    }
}

// MARK: Fixture files

/// The named inputs of one case: float inputs (leaves requiring gradients) and integer ones.
struct GoldenInputs {
    /// `input`, `input.style` ...: float inputs as leaves.
    let floats: [(key: String, tensor: Tensor)]
    /// Integer inputs (indices, labels) by key.
    let integers: [String: [Int]]

    /// The main input, `input`.
    var x: Tensor { self[nil] }

    /// The float input `input.<name>` (or `input` for `nil`).
    subscript(_ name: String?) -> Tensor {
        let key = name.map { "input.\($0)" } ?? "input"
        guard let entry = floats.first(where: { $0.key == key }) else { preconditionFailure("the fixture has no float input \(key)") }
        return entry.tensor
    }

    /// The integer input under `key`.
    func ints(_ key: String) -> [Int] {
        guard let values = integers[key] else { preconditionFailure("the fixture has no integer input \(key)") }
        return values
    }
}

/// One fixture file written by `scripts/make_layer_fixtures.py`.
struct GoldenFixture {
    let name: String
    let file: SafetensorsFile

    static func directory(_ subdirectory: String) throws -> URL {
        try XCTUnwrap(
            Bundle.module.url(forResource: subdirectory, withExtension: nil, subdirectory: "Fixtures"),
            "Fixtures/\(subdirectory) is missing from the test bundle; run scripts/make_layer_fixtures.py")
    }

    /// The case names of the fixtures in `Fixtures/<subdirectory>`, sorted.
    static func names(in subdirectory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory(subdirectory).path)
            .filter { $0.hasSuffix(".safetensors") }
            .map { String($0.dropLast(".safetensors".count)) }
            .sorted()
    }

    init(named name: String, in subdirectory: String) throws {
        self.name = name
        file = try SafetensorsFile(contentsOf: Self.directory(subdirectory).appendingPathComponent("\(name).safetensors"))
    }

    func array(_ key: String) throws -> NDArray {
        do {
            return try file.array(named: key)
        } catch {
            XCTFail("\(name): no tensor \(key)")
            throw error
        }
    }

    /// The entries under `prefix.`, without the prefix.
    func scoped(_ prefix: String) -> StateDict {
        StateDict(file.names.filter { $0.hasPrefix(prefix + ".") }.map { (String($0.dropFirst(prefix.count + 1)), file[$0]!.toNDArray()) })
    }

    /// The largest root-mean-square value among the gradients in the file.
    var gradientScale: Float {
        file.names.filter { $0.hasPrefix("grad.") }.map { key in
            let x = file[key]!.toNDArray()
            return x.count == 0 ? 0 : Float((x.elements.reduce(0.0) { $0 + Double($1) * Double($1) } / Double(x.count)).squareRoot())
        }.max() ?? 0
    }

    /// Whether `expected` is a gradient that is zero in exact arithmetic: PyTorch's
    /// float64 result is below 1e-10 everywhere (the bias of a convolution followed
    /// by batch norm, the key bias of attention), while float32 leaves the rounding
    /// of a sum that cancels. Such gradients are compared on the case's gradient scale.
    static func isExactlyZeroGradient(_ expected: NDArray, _ what: String) -> Bool {
        what.hasPrefix("grad.") && expected.elements.allSatisfy { abs($0) < 1e-10 }
    }

    /// The PyTorch state dict saved before the forward pass.
    var state: StateDict { scoped("state") }

    /// Whether the forward pass runs in training mode.
    var isTraining: Bool {
        get throws {
            let mode = try XCTUnwrap(file.metadata["mode"], "\(name): no mode in the metadata")
            XCTAssertTrue(mode == "train" || mode == "eval", "\(name): mode \(mode)")
            return mode == "train"
        }
    }

    /// Fresh inputs: float ones as leaves requiring gradients, integer ones as indices.
    func inputs() -> GoldenInputs {
        var floats: [(String, Tensor)] = []
        var integers: [String: [Int]] = [:]
        for key in file.names where key == "input" || key.hasPrefix("input.") {
            let tensor = file[key]!
            if tensor.dtype.isFloatingPoint {
                floats.append((key, Tensor(tensor.toNDArray(), requiresGrad: true)))
            } else {
                integers[key] = tensor.toNDArray().elements.map { Int($0) }
            }
        }
        return GoldenInputs(floats: floats.map { (key: $0.0, tensor: $0.1) }, integers: integers)
    }

    /// Loads the state strictly into `module`, runs `forward` in the file's mode
    /// and compares the output, the gradients of `sum(output * weight)` with
    /// respect to every float input and every parameter, and every buffer
    /// after the pass. `compare(actual, expected, what)` checks one array against its reference.
    func check(
        _ module: Module, forward: (GoldenInputs) -> Tensor, compare: (NDArray, NDArray, String) -> Void
    ) throws {
        do {
            try module.load(state, strict: true)
        } catch {
            XCTFail("\(name): the PyTorch state dict does not load strictly: \(error)")
            return
        }
        module.train(try isTraining)
        let inputs = inputs()
        let output = forward(inputs)
        compare(output.value, try array("output"), "output")

        let parameters = module.namedParameters()
        let targets = inputs.floats.map { ("grad.\($0.key)", $0.tensor) } + parameters.map { ("grad.\($0.0)", $0.1.tensor) }
        let expectedKeys = Set(file.names.filter { $0.hasPrefix("grad.") })
        XCTAssertEqual(Set(targets.map(\.0)), expectedKeys, "\(name): the gradients in the file differ from the inputs and parameters")
        let weight = Tensor(try array("weight"))
        let grads = gradients(of: (output * weight).sum(), wrt: targets.map(\.1))
        for ((key, _), grad) in zip(targets, grads) where expectedKeys.contains(key) {
            compare(grad.value, try array(key), key)
        }

        let buffers = module.namedBuffers()
        let after = scoped("after")
        XCTAssertEqual(Set(buffers.map(\.0)), Set(after.keys), "\(name): the buffers in the file differ from the module's")
        for (key, buffer) in buffers {
            guard let expected = after[key] else { continue }
            compare(buffer.value, expected, "buffer \(key) after the pass")
        }
    }
}
