import Foundation
import SwiftGAN

/// The tensor-engine cases, mirrored op for op by `bench/engine_peer.py`.
enum EngineBenchmarks {
    static var all: [BenchmarkCase] {
        [matmul(256), matmul(1024)]
            + convolutions.map { convolution($0) }
            + transposedConvolutions.map { transposedConvolution($0) }
            + [fusedElementwise, memoryCopy, mlpGradients]
    }

    /// Gradients of both mlp2d players (no optimizer): the per-operation overhead.
    static var mlpGradients: BenchmarkCase {
        BenchmarkCase(name: "mlp2d_gradients", workPerCall: 1, workUnit: "steps") {
            var step = MLPGradientStep()
            return { step.run() }
        }
    }

    /// dcgan28 discriminator convolutions: (name, input shape, out channels).
    static let convolutions: [(String, [Int], Int)] = [
        ("conv_d1_fwd_bwd", [64, 1, 28, 28], 64),
        ("conv_d2_fwd_bwd", [64, 64, 14, 14], 128),
    ]

    /// dcgan28 generator transposed convolutions: (name, input shape, out channels).
    static let transposedConvolutions: [(String, [Int], Int)] = [
        ("convT_g1_fwd_bwd", [64, 128, 7, 7], 64),
        ("convT_g2_fwd_bwd", [64, 64, 14, 14], 1),
    ]

    static let elementCount = 16 * 1024 * 1024

    static func matmul(_ n: Int) -> BenchmarkCase {
        BenchmarkCase(name: "matmul_\(n)", workPerCall: 2 * pow(Double(n), 3), workUnit: "gflop_per_s") {
            var generator = RandomGenerator(seed: 1)
            let a = generator.normal([n, n]), b = generator.normal([n, n])
            return { _ = NDArray.matmul(a, b) }
        }
    }

    /// Forward, then input and weight gradients, through the Tensor API (k4 s2 p1, with bias).
    static func convolution(_ spec: (String, [Int], Int)) -> BenchmarkCase {
        let (name, shape, outChannels) = spec
        let flops = 2.0 * Double(shape[0] * outChannels * shape[1] * 16 * (shape[2] / 2) * (shape[3] / 2)) * 3
        return BenchmarkCase(name: name, workPerCall: flops, workUnit: "gflop_per_s") {
            var generator = RandomGenerator(seed: 2)
            let x = Tensor(generator.normal(shape), requiresGrad: true)
            let w = Tensor(generator.normal([outChannels, shape[1], 4, 4]).map(.affine(scale: 0.02, shift: 0)), requiresGrad: true)
            let b = Tensor(NDArray(zeros: [outChannels]), requiresGrad: true)
            return {
                let y = Tensor.conv2d(x, weight: w, bias: b, stride: (2, 2), padding: (1, 1))
                _ = gradients(of: y.sum(), wrt: [x, w, b])
            }
        }
    }

    /// Forward, then input and weight gradients of a transposed convolution (k4 s2 p1, with bias).
    static func transposedConvolution(_ spec: (String, [Int], Int)) -> BenchmarkCase {
        let (name, shape, outChannels) = spec
        let flops = 2.0 * Double(shape[0] * outChannels * shape[1] * 16 * shape[2] * shape[3]) * 3
        return BenchmarkCase(name: name, workPerCall: flops, workUnit: "gflop_per_s") {
            var generator = RandomGenerator(seed: 3)
            let x = Tensor(generator.normal(shape), requiresGrad: true)
            let w = Tensor(generator.normal([shape[1], outChannels, 4, 4]).map(.affine(scale: 0.02, shift: 0)), requiresGrad: true)
            let b = Tensor(NDArray(zeros: [outChannels]), requiresGrad: true)
            return {
                let y = Tensor.convTranspose2d(x, weight: w, bias: b, stride: (2, 2), padding: (1, 1))
                _ = gradients(of: y.sum(), wrt: [x, w, b])
            }
        }
    }

    /// `a * b + c` on 16M floats: 4 arrays of 64 MiB moved per call.
    static var fusedElementwise: BenchmarkCase {
        BenchmarkCase(name: "fused_multiply_add_16M", workPerCall: Double(4 * elementCount * 4), workUnit: "gbyte_per_s") {
            var generator = RandomGenerator(seed: 4)
            let a = generator.uniform([elementCount]), b = generator.uniform([elementCount]), c = generator.uniform([elementCount])
            return { _ = NDArray.multiplyAdd(a, b, c) }
        }
    }

    /// The bandwidth reference: `memcpy` of 16M floats into an existing array
    /// (2 arrays of 64 MiB moved per call), split over the same threads as the kernels.
    static var memoryCopy: BenchmarkCase {
        BenchmarkCase(name: "memcpy_16M", workPerCall: Double(2 * elementCount * 4), workUnit: "gbyte_per_s") {
            var generator = RandomGenerator(seed: 5)
            let a = generator.uniform([elementCount])
            var b = NDArray(zeros: [elementCount])
            let source = a.withUnsafeBufferPointer { $0.baseAddress! }
            let destination = b.withUnsafeMutableBufferPointer { $0.baseAddress! }
            let chunks = Parallel.workerCount
            return { [a, b] in
                withExtendedLifetime((a, b)) {}
                Parallel.forEachChunk(chunks, costPerElement: Parallel.threshold) { range in
                    for chunk in range {
                        let start = elementCount * chunk / chunks, end = elementCount * (chunk + 1) / chunks
                        memcpy(destination + start, source + start, (end - start) * 4)
                    }
                }
            }
        }
    }
}
