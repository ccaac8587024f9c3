import Foundation
import SwiftGANData
import SwiftGANKernels

/// The examples a translator is previewed and measured on, read once when
/// first asked for: the held-out split of built-in translation data, the
/// first examples of your own folders. Inputs and targets in [-1, 1].
public final class TranslationPreview: @unchecked Sendable {
    private let configuration: TrainingConfiguration
    private let lock = NSLock()
    private var cached: (count: Int, inputs: NDArray, targets: NDArray?)?
    private let dataLock = NSLock()
    private var data: (any Dataset)?

    init(configuration: TrainingConfiguration) {
        self.configuration = configuration
    }

    /// The examples previews and measures read: the held-out split when the data has one, else the training data.
    /// Opened once and kept.
    public func examples() throws -> any Dataset {
        dataLock.lock()
        defer { dataLock.unlock() }
        if let data { return data }
        let entry = try DatasetRegistry.entry(named: configuration.dataset)
        let opened = try entry.heldOut.map { try $0(configuration.data) } ?? DatasetRegistry.load(configuration)
        data = opened
        return opened
    }

    /// The first `count` inputs `[count, C, H, W]` (cycling when the examples are fewer).
    public func inputs(count: Int) -> NDArray { batch(count: count).inputs }

    /// The first `count` inputs with their targets (nil when the data has none).
    public func batch(count: Int) -> (inputs: NDArray, targets: NDArray?) {
        precondition(count > 0, "TranslationPreview: asked for \(count) examples")
        lock.lock()
        defer { lock.unlock() }
        if let cached, cached.count >= count {
            return (cached.inputs.slice(axis: 0, start: 0, end: count), cached.targets?.slice(axis: 0, start: 0, end: count))
        }
        let data: any Dataset
        do { data = try examples() } catch { preconditionFailure("TranslationPreview: the data of \(configuration.dataset) cannot be read: \(error)") }
        precondition(data.count > 0, "TranslationPreview: \(configuration.dataset) holds no examples")
        let examples = (0..<count).map { index in
            do { return try data.example(at: index % data.count) } catch { preconditionFailure("TranslationPreview: example \(index) of \(configuration.dataset): \(error)") }
        }
        func stack(_ arrays: [NDArray]) -> NDArray {
            NDArray.concatenate(arrays.map { $0.reshaped([1] + $0.shape) }, axis: 0).map(.affine(scale: 2, shift: -1))
        }
        let targets = examples.allSatisfy { $0.target != nil } ? stack(examples.map { $0.target! }) : nil
        cached = (count, stack(examples.map(\.image)), targets)
        return (cached!.inputs, targets)
    }
}
