import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// Forward values and gradients of every tensor operation against PyTorch.
///
/// The references live in `Fixtures/golden.json`, written by
/// `scripts/make_golden_fixtures.py` (see its docstring for the format and how
/// to regenerate it). Each case there is paired here, by name, with a closure
/// that applies the SwiftGAN operation to the case's inputs; the output and the
/// gradients of `sum(output * weight)` must match PyTorch's.
final class GoldenTests: XCTestCase {
    static let rtol: Float = 1e-4
    static let atol: Float = 1e-5

    // MARK: Fixture

    struct GoldenArray: Decodable {
        let shape: [Int]
        let data: [Float]
        /// Inputs only: whether the case differentiates it (indices and masks do not).
        let grad: Bool?

        var ndarray: NDArray { NDArray(data, shape: shape) }
    }

    struct Case: Decodable {
        let name: String
        let inputs: [GoldenArray]
        /// `nil` for forward-only cases.
        let weight: GoldenArray?
        let output: GoldenArray
        /// One per input with `grad == true`, in input order.
        let grads: [GoldenArray]
    }

    static func loadCases() throws -> [Case] {
        let url = try XCTUnwrap(
            Bundle.module.url(forResource: "golden", withExtension: "json", subdirectory: "Fixtures"),
            "Fixtures/golden.json is missing from the test bundle; run scripts/make_golden_fixtures.py")
        return try JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
    }

    // MARK: Operations

    typealias Operation = ([Tensor]) -> Tensor

    /// Integral values of an index input.
    static func ints(_ t: Tensor) -> [Int] { t.elements.map { Int($0) } }

    /// Case name to SwiftGAN operation; the names match the generator's.
    static func operations() -> (table: [String: Operation], duplicates: [String]) {
        var table: [String: Operation] = [:]
        var duplicates: [String] = []
        func add(_ name: String, _ op: @escaping Operation) {
            if table.updateValue(op, forKey: name) != nil { duplicates.append(name) }
        }

        // Element-wise arithmetic with broadcasting.
        add("add_broadcast") { $0[0] + $0[1] }
        add("add_rank0") { $0[0] + $0[1] }
        add("sub_broadcast") { $0[0] - $0[1] }
        add("sub_both_broadcast") { $0[0] - $0[1] }
        add("mul_broadcast") { $0[0] * $0[1] }
        add("mul_same_shape") { $0[0] * $0[1] }
        add("div_broadcast") { $0[0] / $0[1] }
        add("div_broadcast_numerator") { $0[0] / $0[1] }
        add("multiply_add") { Tensor.multiplyAdd($0[0], $0[1], $0[2]) }
        add("affine") { $0[0].affine(scale: 3, shift: 2) }
        add("neg") { -$0[0] }
        add("scalar_add") { $0[0] + 1.5 }
        add("scalar_radd") { 1.5 + $0[0] }
        add("scalar_sub") { $0[0] - 0.75 }
        add("scalar_rsub") { 2 - $0[0] }
        add("scalar_mul") { $0[0] * -2.5 }
        add("scalar_rmul") { 0.5 * $0[0] }
        add("scalar_div") { $0[0] / 4 }
        add("scalar_rdiv") { 2 / $0[0] }

        // Unary math.
        add("pow_scalar_2_5") { $0[0].pow(2.5) }
        add("pow_scalar_neg_1_5") { $0[0].pow(-1.5) }
        add("pow_scalar_3_negative_base") { $0[0].pow(3) }
        add("pow_scalar_2") { $0[0].pow(2) }
        add("pow_scalar_0_5") { $0[0].pow(0.5) }
        add("pow_scalar_1") { $0[0].pow(1) }
        add("pow_scalar_0") { $0[0].pow(0) }
        add("pow_tensor") { Tensor.pow($0[0], $0[1]) }
        add("exp") { $0[0].exp() }
        add("log") { $0[0].log() }
        add("sqrt") { $0[0].sqrt() }
        add("rsqrt") { $0[0].rsqrt() }
        add("reciprocal") { $0[0].reciprocal() }
        add("square") { $0[0].square() }
        add("abs") { $0[0].abs() }
        add("sign") { $0[0].sign() }
        add("clamp") { $0[0].clamp(min: -0.5, max: 0.8) }
        add("clamp_min") { $0[0].clamp(min: -0.3) }
        add("clamp_max") { $0[0].clamp(max: 0.4) }
        add("minimum_broadcast") { Tensor.minimum($0[0], $0[1]) }
        add("maximum_broadcast") { Tensor.maximum($0[0], $0[1]) }
        add("where_broadcast") { Tensor.where($0[0], $0[1], $0[2]) }
        add("where_condition_broadcast") { Tensor.where($0[0], $0[1], $0[2]) }

        // Activations.
        add("relu") { $0[0].relu() }
        add("leaky_relu") { $0[0].leakyRelu(slope: 0.2) }
        add("elu") { $0[0].elu(alpha: 1.3) }
        add("gelu") { $0[0].gelu() }
        add("tanh") { $0[0].tanh() }
        add("sigmoid") { $0[0].sigmoid() }
        add("softplus") { $0[0].softplus() }
        add("erf") { $0[0].erf() }
        add("softmax_last") { $0[0].softmax(axis: -1) }
        add("softmax_axis0") { $0[0].softmax(axis: 0) }
        add("log_softmax_last") { $0[0].logSoftmax(axis: -1) }
        add("log_softmax_axis1") { $0[0].logSoftmax(axis: 1) }

        // Reductions.
        add("sum_all") { $0[0].sum() }
        add("sum_axes_0_2") { $0[0].sum(axes: [0, 2]) }
        add("sum_axis_1_keepdim") { $0[0].sum(axes: [1], keepDims: true) }
        add("sum_axis_neg1") { $0[0].sum(axes: [-1]) }
        add("sum_to_size") { $0[0].sum(toShape: [3, 1]) }
        add("mean_all") { $0[0].mean() }
        add("mean_axes_1_2_keepdim") { $0[0].mean(axes: [1, 2], keepDims: true) }
        add("mean_axis_neg1") { $0[0].mean(axes: [-1]) }
        add("var_unbiased_axes_0_2") { $0[0].variance(axes: [0, 2]) }
        add("var_unbiased_all") { $0[0].variance() }
        add("var_correction0_axis1_keepdim") { $0[0].variance(axes: [1], correction: 0, keepDims: true) }
        add("amax_axis1") { $0[0].max(axes: [1]) }
        add("amax_all") { $0[0].max() }
        add("amin_axes_0_2_keepdim") { $0[0].min(axes: [0, 2], keepDims: true) }
        add("amin_axis_neg1") { $0[0].min(axes: [-1]) }
        add("amax_ties_axis1") { $0[0].max(axes: [1]) }
        add("amin_ties_all") { $0[0].min() }
        add("argmax_ties_axis0") { $0[0].argmax(axis: 0) }
        add("logsumexp_axis2") { $0[0].logSumExp(axes: [2]) }
        add("logsumexp_all") { $0[0].logSumExp() }
        add("logsumexp_axes_0_1_keepdim") { $0[0].logSumExp(axes: [0, 1], keepDims: true) }
        add("argmax_axis1") { $0[0].argmax(axis: 1) }
        add("argmax_axis_neg1_keepdim") { $0[0].argmax(axis: -1, keepDims: true) }

        // Comparisons.
        add("compare_eq_broadcast") { $0[0] .== $0[1] }
        add("compare_ne_broadcast") { $0[0] .!= $0[1] }
        add("compare_lt_broadcast") { $0[0] .< $0[1] }
        add("compare_le_broadcast") { $0[0] .<= $0[1] }
        add("compare_gt_broadcast") { $0[0] .> $0[1] }
        add("compare_ge_broadcast") { $0[0] .>= $0[1] }

        // Movement.
        add("reshape_infer") { $0[0].reshape([6, -1]) }
        add("flatten") { $0[0].flatten(startAxis: 1) }
        add("unsqueeze") { $0[0].unsqueeze(1) }
        add("squeeze") { $0[0].squeeze(1) }
        add("permute") { $0[0].permute([2, 0, 1]) }
        add("permute_negative") { $0[0].permute([-1, 1, 0, 2]) }
        add("transpose") { $0[0].transpose(0, 2) }
        add("expand") { $0[0].expand(to: [2, 3, 4]) }
        add("slice_step") { $0[0].slice(axis: 2, start: 1, end: 5, step: 2) }
        add("slice_step3_axis0") { $0[0].slice(axis: 0, start: 1, end: 7, step: 3) }
        add("slice_contiguous") { $0[0].slice(axis: 1, start: 1, end: 4) }
        add("unslice") { $0[0].unslice(into: [2, 3, 5], axis: 2, start: 1, step: 2) }
        add("cat_axis1") { Tensor.concat([$0[0], $0[1], $0[2]], axis: 1) }
        add("cat_axis_neg1") { Tensor.concat([$0[0], $0[1]], axis: -1) }
        add("stack_axis0") { Tensor.stack([$0[0], $0[1]], axis: 0) }
        add("stack_axis1") { Tensor.stack([$0[0], $0[1]], axis: 1) }
        add("stack_axis_neg1") { Tensor.stack([$0[0], $0[1], $0[2]], axis: -1) }
        add("pad_constant") { $0[0].pad([(1, 2), (2, 1)], mode: .zero) }
        add("pad_constant_last_axis") { $0[0].pad([(0, 3)]) }
        add("pad_reflect") { $0[0].pad([(2, 1), (2, 3)], mode: .reflect) }
        add("pad_replicate") { $0[0].pad([(1, 3), (2, 1)], mode: .replicate) }
        add("index_select") { $0[0].indexSelect(axis: 2, ints($0[1])) }
        add("index_select_axis0") { $0[0].indexSelect(axis: 0, ints($0[1])) }
        add("index_add") { $0[0].indexAdd(axis: 1, ints($0[1]), size: 5) }
        add("gather_axis1") { $0[0].gather(axis: 1, index: $0[1].value) }
        add("gather_axis_neg1") { $0[0].gather(axis: -1, index: $0[1].value) }
        add("scatter_add_axis1") { $0[0].scatterAdd(axis: 1, index: $0[1].value, shape: [2, 3, 4]) }
        add("scatter_add_axis0") { $0[0].scatterAdd(axis: 0, index: $0[1].value, shape: [4, 3]) }
        add("flip_axes_0_2") { $0[0].flip(axes: [0, 2]) }
        add("flip_axis_neg1") { $0[0].flip(axes: [-1]) }

        // Matrix products.
        add("matmul_2d") { Tensor.matmul($0[0], $0[1]) }
        add("matmul_batched_2d") { Tensor.matmul($0[0], $0[1]) }
        add("matmul_2d_batched") { Tensor.matmul($0[0], $0[1]) }
        add("matmul_batched_broadcast") { Tensor.matmul($0[0], $0[1]) }
        add("matmul_vector_matrix") { Tensor.matmul($0[0], $0[1]) }
        add("matmul_matrix_vector") { Tensor.matmul($0[0], $0[1]) }
        add("matmul_vector_vector") { Tensor.matmul($0[0], $0[1]) }
        add("matmul_batched_unit_batch") { Tensor.matmul($0[0], $0[1]) }
        add("matmul_unit_batch_batched") { Tensor.matmul($0[0], $0[1]) }
        add("matmul_vector_batched") { Tensor.matmul($0[0], $0[1]) }
        add("matmul_transpose_a") { Tensor.matmul($0[0], $0[1], transposeA: true, transposeB: false) }
        add("matmul_transpose_b") { Tensor.matmul($0[0], $0[1], transposeA: false, transposeB: true) }
        add("matmul_transpose_both") { Tensor.matmul($0[0], $0[1], transposeA: true, transposeB: true) }
        add("matmul_batched_transpose_a") { Tensor.matmul($0[0], $0[1], transposeA: true, transposeB: false) }
        add("matmul_batched_transpose_b") { Tensor.matmul($0[0], $0[1], transposeA: false, transposeB: true) }
        add("matmul_batched_transpose_both") { Tensor.matmul($0[0], $0[1], transposeA: true, transposeB: true) }
        add("linear_bias") { Tensor.linear($0[0], weight: $0[1], bias: $0[2]) }
        add("linear_batched_no_bias") { Tensor.linear($0[0], weight: $0[1]) }

        // Convolutions.
        add("conv2d_stride_padding_bias") {
            Tensor.conv2d($0[0], weight: $0[1], bias: $0[2], stride: (2, 1), padding: (1, 1))
        }
        add("conv2d_dilation_groups") {
            Tensor.conv2d($0[0], weight: $0[1], padding: (2, 1), dilation: (2, 1), groups: 2)
        }
        add("conv2d_depthwise_stride") {
            Tensor.conv2d($0[0], weight: $0[1], bias: $0[2], stride: (2, 2), padding: (1, 0), groups: 3)
        }
        add("conv2d_1x1") { Tensor.conv2d($0[0], weight: $0[1]) }
        add("conv2d_nonsquare_all") {
            Tensor.conv2d($0[0], weight: $0[1], bias: $0[2], stride: (1, 2), padding: (0, 2), dilation: (3, 2), groups: 2)
        }
        add("conv_transpose2d_stride_padding_output_padding_bias") {
            Tensor.convTranspose2d($0[0], weight: $0[1], bias: $0[2], stride: (2, 2), padding: (1, 1), outputPadding: (1, 0))
        }
        add("conv_transpose2d_groups_dilation") {
            Tensor.convTranspose2d($0[0], weight: $0[1], stride: (2, 1), dilation: (1, 2), groups: 2)
        }
        add("conv_transpose2d_output_padding_dilation") {
            Tensor.convTranspose2d(
                $0[0], weight: $0[1], bias: $0[2], stride: (2, 2), padding: (1, 0), outputPadding: (1, 1), dilation: (2, 1))
        }
        add("conv_transpose2d_groups_bias_nonsquare") {
            Tensor.convTranspose2d(
                $0[0], weight: $0[1], bias: $0[2], stride: (3, 2), padding: (1, 1), outputPadding: (2, 1), groups: 2)
        }

        // Pooling.
        add("avg_pool2d_k2") { $0[0].avgPool2d(kernel: (2, 2)) }
        add("avg_pool2d_k3_s2_p1") { $0[0].avgPool2d(kernel: (3, 3), stride: (2, 2), padding: (1, 1)) }
        add("avg_pool2d_nonsquare") { $0[0].avgPool2d(kernel: (3, 2), stride: (1, 2), padding: (1, 0)) }
        add("max_pool2d_k2") { $0[0].maxPool2d(kernel: (2, 2)) }
        add("max_pool2d_k3x2_s2_p1") { $0[0].maxPool2d(kernel: (3, 2), stride: (2, 2), padding: (1, 1)) }
        add("max_pool2d_ties") { $0[0].maxPool2d(kernel: (2, 3), stride: (2, 2), padding: (1, 1)) }
        add("max_pool2d_overlapping") { $0[0].maxPool2d(kernel: (3, 3), stride: (1, 1), padding: (1, 1)) }

        // Resampling.
        add("nearest_scale2") { $0[0].upsampleNearest(scale: 2) }
        add("nearest_scale3") { $0[0].upsampleNearest(scale: 3) }
        add("nearest_size_odd_up") { $0[0].upsampleNearest(size: (7, 5)) }
        add("nearest_size_mixed") { $0[0].upsampleNearest(size: (7, 4)) }
        add("bilinear_up") { $0[0].upsampleBilinear(size: (7, 9)) }
        add("bilinear_down") { $0[0].upsampleBilinear(size: (3, 4)) }
        add("bilinear_align_corners") { $0[0].upsampleBilinear(size: (5, 11), alignCorners: true) }
        add("bilinear_align_corners_down") { $0[0].upsampleBilinear(size: (1, 4), alignCorners: true) }
        add("pixel_shuffle_2") { $0[0].pixelShuffle(2) }
        add("pixel_shuffle_3") { $0[0].pixelShuffle(3) }
        add("pixel_unshuffle_2") { $0[0].pixelUnshuffle(2) }

        return (table, duplicates)
    }

    // MARK: Tests

    /// Every fixture case has exactly one Swift mapping and every mapping a case,
    /// so coverage cannot shrink silently on either side.
    func testCasesAndMappingsPairUp() throws {
        let cases = try Self.loadCases()
        let (table, duplicates) = Self.operations()
        let names = cases.map(\.name)
        let repeated = Dictionary(grouping: names, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        XCTAssertEqual(repeated, [], "cases that appear more than once in golden.json")
        XCTAssertEqual(duplicates, [], "names registered more than once in GoldenTests.operations()")
        let unmapped = Set(names).subtracting(table.keys).sorted()
        let orphaned = Set(table.keys).subtracting(names).sorted()
        XCTAssertEqual(unmapped, [], "cases in golden.json with no Swift mapping")
        XCTAssertEqual(orphaned, [], "Swift mappings with no case in golden.json (regenerate the fixture?)")
        XCTAssertFalse(cases.isEmpty, "golden.json has no cases")
    }

    /// Each case's output and input gradients match PyTorch's; the failure
    /// messages, and a final summary, name every failing case.
    func testForwardAndGradientsMatchPyTorch() throws {
        let cases = try Self.loadCases()
        let table = Self.operations().table
        var failing: [String] = []
        for golden in cases {
            guard let operation = table[golden.name] else { continue }  // reported by testCasesAndMappingsPairUp
            let before = testRun?.failureCount ?? 0
            check(golden, operation)
            if (testRun?.failureCount ?? 0) > before { failing.append(golden.name) }
        }
        if !failing.isEmpty {
            XCTFail("\(failing.count) of \(cases.count) golden cases fail: \(failing.joined(separator: ", "))")
        }
    }

    private func check(_ golden: Case, _ operation: Operation) {
        let name = golden.name
        let inputs = golden.inputs.map { Tensor($0.ndarray, requiresGrad: $0.grad ?? false) }
        let output = operation(inputs)
        assertClose(output.value, golden.output.ndarray, rtol: Self.rtol, atol: Self.atol, "[\(name)] output")

        let leaves = inputs.filter(\.requiresGrad)
        XCTAssertEqual(
            leaves.count, golden.grads.count, "[\(name)] \(leaves.count) differentiated inputs, \(golden.grads.count) golden gradients")
        guard !leaves.isEmpty, leaves.count == golden.grads.count else { return }
        guard let weight = golden.weight else {
            XCTFail("[\(name)] has gradients but no weight")
            return
        }
        guard output.shape == weight.shape else { return }  // the output mismatch is already reported
        let grads = gradients(of: (output * Tensor(weight.ndarray)).sum(), wrt: leaves)
        let differentiated = golden.inputs.indices.filter { golden.inputs[$0].grad ?? false }
        for (k, (grad, expected)) in zip(grads, golden.grads).enumerated() {
            assertClose(
                grad.value, expected.ndarray, rtol: Self.rtol, atol: Self.atol,
                "[\(name)] gradient of input \(differentiated[k])")
        }
    }
}
