import ArgumentParser
import Foundation
import SwiftGAN

/// `swiftgan enhance`: a trained restorer (super-resolution, denoising)
/// applied to your images at their own size, tile by tile.
struct EnhanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enhance",
        abstract: "Super-resolve, denoise or colorize your images with a trained restorer (edsr, vdsr, zhang_colorization, ...).",
        discussion: """
            --input is an image file, a folder of images or an .npy array [N, C, H, W] (floats in [0, 1] or integers 0-255). \
            Each image is restored at its own size (a super-resolver enlarges it by its factor) in tiles of --tile input pixels, \
            each read with --overlap more on every side, so large photos fit in memory; the tiles' seams vanish when the overlap \
            covers the network's reach. Gray images given to a color model are read as color, and the reverse. A colorizer is \
            given each image's CIE lightness as gray (color images are grayed first) and, unless --tile is set, the whole \
            image at once (Iizuka et al.'s global features see all of it). --hints gives a user-guided colorizer color hints: \
            an image with an alpha channel (a folder of them, paired by name) of the input's size, each pixel whose alpha is \
            at least 1/2 hinting its own color. Each result is written as a PNG into the --output folder under its input's name.
            """)

    @Option(help: "A restorer's checkpoint (.safetensors) or run folder (its best, else newest, checkpoint).")
    var checkpoint: String

    @Option(help: "An image file, a folder of images, or an .npy array [N, C, H, W].")
    var input: String

    @Option(help: "The folder the restored images are written to.")
    var output: String

    @Option(help: "The side of the input tiles restored at once (default 128; colorizers: the whole image).")
    var tile: Int?

    @Option(help: "The input pixels read beyond each tile on every side.")
    var overlap = 16

    @Option(help: "Another checkpoint or run of the same model (ESRGAN's PSNR network, its warm-up checkpoint) to blend with: network interpolation.")
    var interpolate: String?

    @Option(help: "With --interpolate: the share of --checkpoint's weights, the rest from --interpolate's (1: --checkpoint alone).")
    var alpha: Float = 0.8

    @Option(help: "For a user-guided colorizer: an image with alpha (or a folder of them, by name) whose opaque pixels are color hints.")
    var hints: String?

    @Flag(help: "Replace existing files in the output folder.")
    var overwrite = false

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        if let tile, tile < 8 { throw ValidationError("--tile must be at least 8, got \(tile)") }
        if overlap < 0 || overlap >= tile ?? 128 { throw ValidationError("--overlap must be in 0..<\(tile ?? 128) (the tile), got \(overlap)") }
        if !(0...1).contains(alpha) { throw ValidationError("--alpha must be in [0, 1], got \(alpha)") }
    }

    func run() throws {
        threading.apply()
        let url = try CheckpointLocator.resolve(checkpoint)
        let (configuration, inference, _) = try ModelRegistry.inference(restoring: url)
        guard let model = inference.model as? any RestorationModel else {
            let restorers = ModelRegistry.restorers.joined(separator: ", ")
            throw CommandError("\(checkpoint) holds a \(configuration.model) model, not a restorer; enhance takes a super-resolver, denoiser or colorizer (\(restorers))")
        }
        if let interpolate {
            let (other, otherInference, _) = try ModelRegistry.inference(restoring: CheckpointLocator.resolve(interpolate))
            guard other.model == configuration.model, let generator = inference.networks["generator"], let blended = otherInference.networks["generator"] else {
                throw CommandError("--interpolate: \(interpolate) holds a \(other.model) model and \(checkpoint) a \(configuration.model) one; give two checkpoints of one restorer")
            }
            do { try NetworkInterpolation.blend(generator, with: blended, alpha: alpha) } catch { throw CommandError("--interpolate: \(error)") }
        }
        let colorizer = model as? Colorizer
        if hints != nil && colorizer?.takesHints != true {
            throw CommandError("--hints: \(checkpoint) holds a \(configuration.model) model, which takes no color hints; user_guided_colorization does")
        }
        let images = try RestorationInputs(input, channels: model.task.channels, colorization: colorizer != nil)
        let hintImages = try hints.map { try ColorHintInputs($0, for: images) }
        try images.prepareOutput(output, overwrite: overwrite)
        let started = Date()
        var megapixels = 0.0
        for (name, image) in zip(images.names, images.images) {
            let side = tile ?? (colorizer != nil ? max(image.shape[2], image.shape[3]) : 128)
            // A user-guided colorizer's hints travel with the gray as four more channels, so that tiles cut both alike.
            let hinted = hintImages.map { NDArray.concatenate([image, $0.hints(for: name, like: image)], axis: 1) } ?? image
            let restored = inference.evaluating {
                TiledRestoration.restore(hinted.map(.affine(scale: 2, shift: -1)), tile: side, overlap: overlap, factor: model.task.factor) { piece in
                    guard let colorizer, piece.shape[1] > 1 else { return model.restore(Tensor(piece), networks: inference.networks).value }
                    let hints = ColorHints.painted(piece.slice(axis: 1, start: 1, end: 5).map(.affine(scale: 0.5, shift: 0.5)))
                    return colorizer.colorize(Tensor(piece.slice(axis: 1, start: 0, end: 1)), hints: hints, networks: inference.networks).value
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
