import SwiftGANKernels
import SwiftGANNN

extension TrainingCheckpoint {
    /// Captures the state of live training objects. A moving average's target
    /// module goes in `modules` (as `generator_ema`, say); its counters in `averages`.
    public init(
        step: Int, modules: [String: Module], optimizers: [String: any Optimizer] = [:],
        averages: [String: ExponentialMovingAverage] = [:], randomGenerators: [String: RandomGenerator] = [:],
        configuration: String = ""
    ) {
        self.init(
            step: step, modules: modules.mapValues { $0.stateDict() }, optimizers: optimizers.mapValues { $0.stateDict() },
            extras: averages.mapValues { $0.stateDict() }, randomGenerators: randomGenerators, configuration: configuration)
    }

    /// Loads the saved states into live objects of the same names. Every name
    /// must be present and every module must fit (checked before any module
    /// changes); an error names the object and the mismatch. After an error
    /// the objects may be partly restored and should not be trained further.
    public func restore(
        modules liveModules: [String: Module], optimizers liveOptimizers: [String: any Optimizer] = [:],
        averages liveAverages: [String: ExponentialMovingAverage] = [:], path: String? = nil
    ) throws {
        func fail(_ problem: String) -> CheckpointError { CheckpointError(path: path, problem: problem) }
        // A module without parameters or buffers (a fixed resampler) leaves no tensors, so no entry, in the file.
        let liveModules = liveModules.filter { $0.value.stateDict().count > 0 }
        for (kind, expected, stored) in [
            ("module", Set(liveModules.keys), Set(modules.keys)),
            ("optimizer", Set(liveOptimizers.keys), Set(optimizers.keys)),
            ("moving average", Set(liveAverages.keys), Set(extras.keys)),
        ] where !expected.isSubset(of: stored) {
            throw fail("no \(kind) state for \(expected.subtracting(stored).sorted().joined(separator: ", ")); the checkpoint has \(stored.sorted())")
        }
        for (name, module) in liveModules {
            if let mismatch = module.mismatch(with: modules[name]!) { throw fail("module '\(name)': \(mismatch)") }
        }
        for (name, module) in liveModules { try module.load(modules[name]!) }
        for (name, optimizer) in liveOptimizers {
            do { try optimizer.load(optimizers[name]!) } catch { throw fail("optimizer '\(name)': \(error)") }
        }
        for (name, average) in liveAverages {
            do { try average.load(extras[name]!) } catch { throw fail("moving average '\(name)': \(error)") }
        }
    }
}
