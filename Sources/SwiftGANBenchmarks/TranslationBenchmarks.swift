import SwiftGAN

/// The training steps of the translation presets as their runs take them,
/// through the registry's trainer: `pix2pix64` is `scenes_pix2pix` (batch
/// 16), `cyclegan64` is `scenes_cyclegan` (batch 4), 4 steps a call.
/// `bench/translation_peer.py` mirrors them in PyTorch (`bench/run_train_bench.sh --suite translation`).
enum TranslationBenchmarks {
    static var all: [BenchmarkCase] {
        [("pix2pix64", "scenes_pix2pix"), ("cyclegan64", "scenes_cyclegan")].map { name, preset in
            BenchmarkCase(name: name, workPerCall: 4, workUnit: "steps", stepsPerCall: 4) {
                let trainer = try! ModelRegistry.trainer(for: Presets.configuration(preset))
                return { for _ in 0..<4 { _ = try! trainer.trainStep() } }
            }
        }
    }
}
