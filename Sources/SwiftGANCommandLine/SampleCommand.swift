import ArgumentParser
import Foundation
import SwiftGAN

/// `swiftgan sample`: images from a checkpoint's generator.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Draw samples from a checkpoint's generator (its moving average when it has one).",
        discussion: """
            The output's form follows its name: NAME.png writes a grid, NAME.npy an array [N, C, H, W] in [-1, 1] \
            (or [N, 2] points), a name without an extension a folder of PNG files. Arrays and folders are written \
            500 samples at a time, so any count fits in memory; an existing output is kept unless --overwrite is given.
            """)

    @Option(help: "A checkpoint (.safetensors) or a run folder (its best, else newest, checkpoint).")
    var checkpoint: String

    @Option(parsing: .unconditional, help: "How many samples.")
    var count = 64

    @Option(help: "Where to write them: a .png grid, a .npy array or a folder.")
    var output: String

    @Option(parsing: .unconditional, help: "The class of every sample (conditional models; InfoGAN's categorical code).")
    var label: Int?

    @Option(parsing: .unconditional, help: "Redraw noise values beyond plus or minus this (the truncation trick; at least 0.001).")
    var truncation: Float?

    @Option(parsing: .unconditional, help: "Pull the styles towards their mean, w_avg + psi (w - w_avg) (W-space models: stylegan, stylegan2; 0 to 2, 1 leaves them).")
    var psi: Float?

    @Flag(help: "Write the style-mixing figure instead (W-space models, a .png output): --mix-rows images from --seed give their coarse styles, --mix-columns from the seed after it their fine ones.")
    var styleMix = false

    @Option(parsing: .unconditional, help: "With --style-mix: the images whose coarse styles the rows take.")
    var mixRows = 4

    @Option(parsing: .unconditional, help: "With --style-mix: the images whose fine styles the columns take.")
    var mixColumns = 6

    @Option(parsing: .unconditional, help: "With --style-mix: the first layer of the fine styles (default: half the layers).")
    var cutoff: Int?

    @Option(help: "Write the attention figure instead (sagan, biggan and their family; a .png output): each sample beside the attention weights its generator's attention block gives the query pixel X,Y (column, row).")
    var attention: String?

    @OptionGroup var seeding: SeedOptions
    private var seed: UInt64 { seeding.seed ?? 0 }

    @Option(parsing: .unconditional, help: "Columns of the PNG grid.")
    var columns = 8

    @Flag(help: "Replace an existing output file, or the files of an existing output folder.")
    var overwrite = false

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        if count <= 0 { throw ValidationError("--count must be positive, got \(count)") }
        if let truncation, !(truncation.isFinite && truncation >= TruncatedNormal.minimumLimit) {
            throw ValidationError("--truncation must be a number of at least \(TruncatedNormal.minimumLimit) (smaller limits all give the generator's image at z = 0), got \(truncation)")
        }
        if let psi, !(psi.isFinite && (0...2).contains(psi)) { throw ValidationError("--psi must be a number from 0 to 2, got \(psi)") }
        if styleMix {
            if !(1...64).contains(mixRows) || !(1...64).contains(mixColumns) { throw ValidationError("--mix-rows and --mix-columns must be from 1 to 64, got \(mixRows) and \(mixColumns)") }
            if URL(fileURLWithPath: output).pathExtension.lowercased() != "png" { throw ValidationError("--style-mix writes a PNG grid; give --output NAME.png, got '\(output)'") }
        } else if cutoff != nil {
            throw ValidationError("--cutoff applies to --style-mix")
        }
        if columns <= 0 { throw ValidationError("--columns must be positive, got \(columns)") }
        if attention != nil {
            if queryPixel == nil { throw ValidationError("--attention takes the query pixel as X,Y (two integers from 0), got '\(attention!)'") }
            if URL(fileURLWithPath: output).pathExtension.lowercased() != "png" { throw ValidationError("--attention writes a PNG grid; give --output NAME.png, got '\(output)'") }
            if styleMix { throw ValidationError("give --attention or --style-mix, not both") }
        }
        if let label, label < 0 { throw ValidationError("--label must be a class number from 0, got \(label)") }
        _ = try SampleOutput(output)
    }

    func run() throws {
        threading.apply()
        let form = try SampleOutput(output)
        let (configuration, inference, _) = try ModelRegistry.inference(restoring: CheckpointLocator.resolve(checkpoint))
        if inference.model.input == .nothing {
            throw CommandError("\(checkpoint) holds a \(configuration.model) model, a per-image optimization: its result is its trained state, drawn in the run's samples")
        }
        if inference.model.input.startsFromImages {
            let (kind, command) = inference.model is any RestorationModel ? ("restorer", "enhance") : ("translator", "translate")
            throw CommandError("\(checkpoint) holds a \(configuration.model) \(kind), which draws nothing from noise; give it images with swiftgan \(command)")
        }
        if let label {
            guard let classes = inference.model.conditioningClasses else {
                throw CommandError("--label: the \(configuration.model) model of \(checkpoint) is not conditional")
            }
            guard (0..<classes).contains(label) else { throw CommandError("--label must be in 0..<\(classes), got \(label)") }
        }
        if psi != nil && !(inference.model is any StyleSpaceModel) {
            throw CommandError("--psi: the \(configuration.model) model of \(checkpoint) has no style space; --truncation truncates its noise")
        }
        if styleMix { return try writeStyleMix(inference, model: configuration.model) }
        if attention != nil { return try writeAttention(inference, model: configuration.model) }
        let sampleShape = Array(inference.samples(count: 1, seed: seed).samples.shape.dropFirst())
        try form.check(sampleShape: sampleShape, count: count, columns: columns, dataset: configuration.dataset, overwrite: overwrite)
        try form.write(count: count, sampleShape: sampleShape, columns: columns) { body in
            try inference.forEachSampleBatch(count: count, seed: seed, label: label, truncation: truncation, psi: psi) { batch, _ in try body(batch) }
        }
        FileHandle.standardOutput.write(Data("wrote \(count) samples to \(output)\n".utf8))
    }

    /// The style-mixing figure of a W-space model, as a PNG grid.
    private func writeStyleMix(_ inference: Inference, model name: String) throws {
        guard let model = inference.model as? StyleBasedGAN else {
            throw CommandError("--style-mix: the \(name) model of \(checkpoint) has no style space to mix")
        }
        let layers = 2 * model.coarseLayers(in: inference.networks)
        let split = cutoff ?? layers / 2
        guard (1..<layers).contains(split) else { throw CommandError("--cutoff must be from 1 to \(layers - 1) (the model has \(layers) style layers), got \(split)") }
        if FileManager.default.fileExists(atPath: output) && !overwrite { throw CommandError("\(output) exists; give --overwrite to replace it") }
        var rowRandom = RandomGenerator(seed: seed), columnRandom = RandomGenerator(seed: seed &+ 1)
        let rows = model.sampleLatent(count: mixRows, random: &rowRandom).z, columns = model.sampleLatent(count: mixColumns, random: &columnRandom).z
        let grid = inference.evaluating { model.mixingGrid(rows: rows, columns: columns, cutoff: split, psi: psi ?? 1, networks: inference.networks) }
        try ImageGrid(columns: mixColumns + 1).writePNG(grid, to: output)
        FileHandle.standardOutput.write(Data("wrote the style-mixing grid (\(mixRows) x \(mixColumns), fine styles from layer \(split)) to \(output)\n".utf8))
    }

    /// The query pixel of `--attention`, or nil when it is not two integers from 0.
    private var queryPixel: (x: Int, y: Int)? {
        guard let parts = attention?.split(separator: ",").map({ Int($0.trimmingCharacters(in: .whitespaces)) }), parts.count == 2,
              let x = parts[0], let y = parts[1], x >= 0, y >= 0 else { return nil }
        return (x, y)
    }

    /// The attention figure of a generator with a self-attention block, as a PNG grid of sample and map pairs.
    private func writeAttention(_ inference: Inference, model name: String) throws {
        guard let model = inference.model as? BigGAN else {
            throw CommandError("--attention: the \(name) model of \(checkpoint) has no self-attention block (the sagan and biggan family do)")
        }
        guard count <= 256 else { throw CommandError("--attention draws at most 256 samples, got --count \(count)") }
        if FileManager.default.fileExists(atPath: output) && !overwrite { throw CommandError("\(output) exists; give --overwrite to replace it") }
        let query = queryPixel!
        let figure: NDArray
        do {
            figure = try AttentionFigure.images(model, inference: inference, count: count, seed: seed, x: query.x, y: query.y)
        } catch let error as ConfigurationError {
            throw CommandError("--attention: \(error.problem)")
        }
        try ImageGrid(columns: 2 * max(1, columns / 2)).writePNG(figure, to: output)
        FileHandle.standardOutput.write(Data("wrote \(count) samples and the attention of pixel \(query.x),\(query.y) to \(output)\n".utf8))
    }
}
