import ArgumentParser
import Foundation
import SwiftGAN

/// `swiftgan enhance`: a trained restorer (super-resolution, denoising)
/// applied to your images at their own size, tile by tile.
struct EnhanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enhance",
        abstract: "Super-resolve or denoise your images with a trained restorer (edsr, vdsr, ...).",
        discussion: """
            --input is an image file, a folder of images or an .npy array [N, C, H, W] (floats in [0, 1] or integers 0-255). \
            Each image is restored at its own size (a super-resolver enlarges it by its factor) in tiles of --tile input pixels, \
            each read with --overlap more on every side, so large photos fit in memory; the tiles' seams vanish when the overlap \
            covers the network's reach. Gray images given to a color model are read as color, and the reverse. Each result is \
            written as a PNG into the --output folder under its input's name.
            """)

    @Option(help: "A restorer's checkpoint (.safetensors) or run folder (its best, else newest, checkpoint).")
    var checkpoint: String

    @Option(help: "An image file, a folder of images, or an .npy array [N, C, H, W].")
    var input: String

    @Option(help: "The folder the restored images are written to.")
    var output: String

    @Option(help: "The side of the input tiles restored at once.")
    var tile = 128

    @Option(help: "The input pixels read beyond each tile on every side.")
    var overlap = 16

    @Option(help: "Another checkpoint or run of the same model (ESRGAN's PSNR network, its warm-up checkpoint) to blend with: network interpolation.")
    var interpolate: String?

    @Option(help: "With --interpolate: the share of --checkpoint's weights, the rest from --interpolate's (1: --checkpoint alone).")
    var alpha: Float = 0.8

    @Flag(help: "Replace existing files in the output folder.")
    var overwrite = false

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        if tile < 8 { throw ValidationError("--tile must be at least 8, got \(tile)") }
        if overlap < 0 || overlap >= tile { throw ValidationError("--overlap must be in 0..<\(tile) (the tile), got \(overlap)") }
        if !(0...1).contains(alpha) { throw ValidationError("--alpha must be in [0, 1], got \(alpha)") }
    }

    func run() throws {
        threading.apply()
        let url = try CheckpointLocator.resolve(checkpoint)
        let (configuration, inference, _) = try ModelRegistry.inference(restoring: url)
        guard let model = inference.model as? any RestorationModel else {
            let restorers = ModelRegistry.restorers.joined(separator: ", ")
            throw CommandError("\(checkpoint) holds a \(configuration.model) model, not a restorer; enhance takes a super-resolver or denoiser (\(restorers))")
        }
        if let interpolate {
            let (other, otherInference, _) = try ModelRegistry.inference(restoring: CheckpointLocator.resolve(interpolate))
            guard other.model == configuration.model, let generator = inference.networks["generator"], let blended = otherInference.networks["generator"] else {
                throw CommandError("--interpolate: \(interpolate) holds a \(other.model) model and \(checkpoint) a \(configuration.model) one; give two checkpoints of one restorer")
            }
            do { try NetworkInterpolation.blend(generator, with: blended, alpha: alpha) } catch { throw CommandError("--interpolate: \(error)") }
        }
        let images = try RestorationInputs(input, channels: model.task.channels)
        try images.prepareOutput(output, overwrite: overwrite)
        let started = Date()
        var megapixels = 0.0
        for (name, image) in zip(images.names, images.images) {
            let restored = inference.evaluating {
                TiledRestoration.restore(image.map(.affine(scale: 2, shift: -1)), tile: tile, overlap: overlap, factor: model.task.factor) {
                    model.restore(Tensor($0), networks: inference.networks).value
                }
            }
            megapixels += Double(restored.shape[2] * restored.shape[3]) / 1e6
            try ImageGrid(columns: 1, padding: 0).writePNG(restored, to: output + "/" + name + ".png")
        }
        let seconds = Date().timeIntervalSince(started)
        let rate = String(format: "%.3f", megapixels / max(seconds, 1e-9))
        FileHandle.standardOutput.write(Data("wrote \(images.names.count) restored image\(images.names.count == 1 ? "" : "s") to \(output) (\(rate) output megapixels/s)\n".utf8))
    }
}
