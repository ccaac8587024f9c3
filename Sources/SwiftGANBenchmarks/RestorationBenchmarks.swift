import SwiftGAN

/// The training steps of the restoration presets as their runs take them,
/// through the registry's trainer: `edsr_x4` is `photos_x4_edsr` (batch 16
/// of 64-pixel patches), `vdsr_x4` is `photos_x4_vdsr`, `esrgan_x4` is
/// `photos_x4_esrgan` past its warm-up (the discriminator's and the
/// generator's adversarial phases), 4 steps a call; and `edsr_x4_enhance`,
/// 4 inferences a call of `photos_x4_edsr`'s network on a 128x128 tile (a
/// 512x512 output) as `swiftgan enhance` runs it, its rate in output
/// megapixels per second. `bench/restoration_peer.py` mirrors them in
/// PyTorch (`bench/run_train_bench.sh --suite restoration`).
enum RestorationBenchmarks {
    static var all: [BenchmarkCase] {
        let steps = [("edsr_x4", "photos_x4_edsr", [String: String]()), ("vdsr_x4", "photos_x4_vdsr", [:]), ("esrgan_x4", "photos_x4_esrgan", ["esrgan.pretrain_steps": "0"])]
        return steps.map { name, preset, settings in
            BenchmarkCase(name: name, workPerCall: 4 * 16 * 1e9, workUnit: "patches_per_s", stepsPerCall: 4) {
                var configuration = try! Presets.configuration(preset)
                for (key, value) in settings { try! configuration.set(key, to: value) }
                let trainer = try! ModelRegistry.trainer(for: configuration)
                return { for _ in 0..<4 { _ = try! trainer.trainStep() } }
            }
        } + [enhance]
    }

    /// 4 inferences of EDSR on a 128x128 tile; the work unit counts output pixels in thousands, so its rate reads in megapixels per second.
    static var enhance: BenchmarkCase {
        BenchmarkCase(name: "edsr_x4_enhance", workPerCall: 4 * 512 * 512 * 1e3, workUnit: "output_megapixels_per_s", stepsPerCall: 4) {
            let trainer = try! ModelRegistry.trainer(for: Presets.configuration("photos_x4_edsr"))
            let restorer = trainer.model as! any RestorationModel
            var random = RandomGenerator(seed: 0)
            let tile = Tensor(random.uniform([1, 3, 128, 128], low: -1, high: 1))
            return { for _ in 0..<4 { _ = trainer.inference.evaluating { restorer.restore(tile, networks: trainer.inference.networks).value } } }
        }
    }
}
