import SwiftGANNN
import SwiftGANKernels

/// Random valid safetensors files for the fuzzer to mutate: several tensors
/// of mixed dtypes and small shapes (empty and scalar ones included), names
/// that need JSON escaping, and sometimes metadata.
package enum SafetensorsFuzzSample {
    private static let names = [
        "weight", "bias", "layer.0.weight", "blocks.2.conv1.bias", "émbed", "q\"uote", "back\\slash", "tab\there", "",
        "z", "running_mean",
    ]

    /// The bytes of a random valid file.
    package static func make(using generator: inout SplitMix64) -> [UInt8] {
        var file = SafetensorsFile(metadata: randomMetadata(using: &generator))
        for _ in 0..<Int.random(in: 1...5, using: &generator) {
            let dtype = SafetensorsDType.allCases.randomElement(using: &generator)!
            let rank = Int.random(in: 0...3, using: &generator)
            let shape = (0..<rank).map { _ in Int.random(in: 0...4, using: &generator) }
            let values = (0..<shape.reduce(1, *)).map { _ in randomValue(for: dtype, using: &generator) }
            let name = names.randomElement(using: &generator)!
            do {
                try file.setArray(NDArray(values, shape: shape), named: name, dtype: dtype)
            } catch {
                preconditionFailure("SafetensorsFuzzSample: a sample value does not fit its dtype: \(error)")
            }
        }
        return Array(file.serialized())
    }

    private static func randomMetadata(using generator: inout SplitMix64) -> [String: String] {
        guard Bool.random(using: &generator) else { return [:] }
        return ["format": "pt", "step": String(Int.random(in: 0...100_000, using: &generator)), "note": "ünïcode \"quoted\""]
    }

    private static func randomValue(for dtype: SafetensorsDType, using generator: inout SplitMix64) -> Float {
        switch dtype {
        case .bool: Float(Int.random(in: 0...1, using: &generator))
        case .u8, .u16, .u32, .u64: Float(Int.random(in: 0...255, using: &generator))
        case .i8, .i16, .i32, .i64: Float(Int.random(in: -128...127, using: &generator))
        case .f16, .bf16, .f32, .f64: Float.random(in: -1000...1000, using: &generator)
        }
    }
}
