import SwiftGAN

/// The training steps of the restoration presets as their runs take them,
/// through the registry's trainer: `edsr_x4` is `photos_x4_edsr` (batch 16
/// of 64-pixel patches), `vdsr_x4` is `photos_x4_vdsr`, 4 steps a call.
/// `bench/restoration_peer.py` mirrors them in PyTorch (`bench/run_train_bench.sh --suite restoration`).
enum RestorationBenchmarks {
    static var all: [BenchmarkCase] {
        [("edsr_x4", "photos_x4_edsr"), ("vdsr_x4", "photos_x4_vdsr")].map { name, preset in
            BenchmarkCase(name: name, workPerCall: 4, workUnit: "steps", stepsPerCall: 4) {
                let trainer = try! ModelRegistry.trainer(for: Presets.configuration(preset))
                return { for _ in 0..<4 { _ = try! trainer.trainStep() } }
            }
        }
    }
}
