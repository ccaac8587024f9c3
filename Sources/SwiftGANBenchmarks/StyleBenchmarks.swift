import SwiftGAN

/// The training steps of the Level 2 presets (`mnist32_stylegan2`,
/// `mnist32_r3gan`, `colored_mnist32_biggan`) as their runs take them, through the registry's trainer:
/// one call is 16 steps, a whole cycle of StyleGAN2's lazy phases (R1 every
/// 16 steps, path length every 4). `bench/style_peer.py` mirrors them in PyTorch (`bench/run_train_bench.sh --suite style --seconds 20`).
enum StyleBenchmarks {
    static var all: [BenchmarkCase] {
        [("stylegan2_32", "mnist32_stylegan2"), ("r3gan_32", "mnist32_r3gan"), ("biggan32", "colored_mnist32_biggan")].map { name, preset in
            BenchmarkCase(name: name, workPerCall: 16, workUnit: "steps", stepsPerCall: 16) {
                let trainer = try! ModelRegistry.trainer(for: Presets.configuration(preset))
                return { for _ in 0..<16 { _ = try! trainer.trainStep() } }
            }
        }
    }
}
