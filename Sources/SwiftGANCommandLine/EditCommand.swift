import ArgumentParser
import Foundation
import SwiftGAN

/// `swiftgan edit`: TL-GAN's attribute walks, and IcGAN's label edits of real digits.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Edit samples along a named attribute (TL-GAN on shapes) or real digits to other labels (IcGAN); write a PNG grid.",
        discussion: """
            For a model trained on shapes, --attribute names a factor (scale, x, y, rotation): its latent direction is \
            regressed from the shapes classifier's readings of 4,000 samples and made orthogonal to the others' \
            (TL-GAN); each row walks one seed from -amount to +amount along it. For IcGAN, each row is a real digit \
            (from --first) followed by its reconstruction with every label from 0 to 9.
            """)

    @Option(help: "A checkpoint (.safetensors) or a run folder.")
    var checkpoint: String

    @Option(help: "The attribute to walk along: scale, x, y or rotation (models trained on shapes).")
    var attribute: String?

    @Option(parsing: .unconditional, help: "How far each walk goes each way, in standard deviations of z.")
    var amount: Double = 2

    @Option(parsing: .unconditional, help: "Images per walk (odd: the middle one is the seed's own).")
    var steps = 7

    @Option(help: "Comma-separated seeds, one row each (IcGAN: their count is the number of digits).")
    var seeds = "0,1,2,3,4,5,6,7"

    @Option(parsing: .unconditional, help: "IcGAN: the first bundled MNIST test digit to edit (rows follow it).")
    var first = 0

    @Option(parsing: .unconditional, help: "The samples the directions are regressed from.")
    var fitSamples = 4_000

    @Option(help: "The PNG grid to write.")
    var output: String

    @Flag(help: "Replace an existing output file.")
    var overwrite = false

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        if steps < 2 || steps > 64 { throw ValidationError("--steps must be from 2 to 64, got \(steps)") }
        if !(amount.isFinite && amount > 0 && amount <= 100) { throw ValidationError("--amount must be a number in (0, 100], got \(amount)") }
        if parsedSeeds == nil || parsedSeeds!.isEmpty || parsedSeeds!.count > 64 { throw ValidationError("--seeds needs 1 to 64 comma-separated integers, got '\(seeds)'") }
        if URL(fileURLWithPath: output).pathExtension.lowercased() != "png" { throw ValidationError("--output must be a .png file, got '\(output)'") }
        if let attribute, !LatentDirections.attributes.map(\.rawValue).contains(attribute) {
            throw ValidationError("--attribute must be one of \(LatentDirections.attributes.map(\.rawValue).joined(separator: ", ")), got '\(attribute)'")
        }
        if fitSamples < 100 || fitSamples > 100_000 { throw ValidationError("--fit-samples must be from 100 to 100000, got \(fitSamples)") }
        if first < 0 || first + (parsedSeeds?.count ?? 0) > 10_000 { throw ValidationError("--first must leave one bundled digit per seed within the 10,000, got \(first)") }
    }

    private var parsedSeeds: [UInt64]? { SeedList.parse(seeds) }

    func run() throws {
        threading.apply()
        let (configuration, inference, _) = try ModelRegistry.inference(restoring: CheckpointLocator.resolve(checkpoint))
        try ResourceCheck.requireNew(output, option: "--output", overwrite: overwrite)
        let rows: NDArray, columns: Int
        if let icgan = inference.model as? IcGAN {
            (rows, columns) = (try icganEdits(icgan, inference: inference, resolution: configuration.data.resolution), 11)
        } else {
            guard let attribute, let factor = ShapeFactor(rawValue: attribute) else {
                throw CommandError("--attribute: give one of \(LatentDirections.attributes.map(\.rawValue).joined(separator: ", ")) to walk the \(configuration.model) model's samples")
            }
            guard configuration.dataset == "shapes", inference.model is any LatentModel else {
                throw CommandError("--attribute: directions are fitted with the shapes classifier, and the \(configuration.model) model of \(checkpoint) was trained on \(configuration.dataset)")
            }
            (rows, columns) = (try walks(along: factor, inference: inference), steps)
        }
        try ImageGrid(columns: columns).writePNG(rows, to: output)
        FileHandle.standardOutput.write(Data("wrote \(rows.shape[0] / columns) rows of \(columns) to \(output)\n".utf8))
    }

    /// One row per seed: the walk along the attribute's direction from -amount to +amount.
    private func walks(along factor: ShapeFactor, inference: Inference) throws -> NDArray {
        let directions = LatentDirections.fit(inference: inference, classifier: try ShapesClassifier.pretrained(), count: fitSamples, seed: 1)
        let direction = directions.direction(factor)
        var frames: [NDArray] = []
        for seed in parsedSeeds! {
            var random = RandomGenerator(seed: seed)
            guard case .latent(let latent) = inference.model.previewRequest(count: 1, random: &random) else { throw CommandError("the model takes no latent") }
            for step in 0..<steps {
                let offset = -amount + 2 * amount * Double(step) / Double(steps - 1)
                frames.append(inference.generate(LatentDirections.moving(latent, along: direction, by: offset)))
            }
        }
        return NDArray.concatenate(frames, axis: 0)
    }

    /// One row per digit: the real digit, then its regeneration with each label.
    private func icganEdits(_ model: IcGAN, inference: Inference, resolution: Int?) throws -> NDArray {
        let count = parsedSeeds!.count
        if let resolution, resolution < 28 { throw CommandError("the IcGAN of \(checkpoint) makes \(resolution)x\(resolution) digits; edits read the bundled 28x28 digits, at that size or padded larger") }
        let digits = try QualityMeasures.mnistDigits(from: first, count: count, resolution: resolution ?? 28)
        var frames: [NDArray] = []
        for row in 0..<count {
            let digit = digits.slice(axis: 0, start: row, end: row + 1)
            frames.append(digit)
            let copies = NDArray.concatenate([NDArray](repeating: digit, count: 10), axis: 0)
            frames.append(inference.evaluating { model.edit(Tensor(copies), to: Array(0..<10), networks: inference.networks).value })
        }
        return NDArray.concatenate(frames, axis: 0)
    }
}
