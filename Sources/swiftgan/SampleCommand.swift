import ArgumentParser
import Foundation
import SwiftGAN

/// `swiftgan sample`: images from a checkpoint's generator.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Draw samples from a checkpoint's generator (its moving average when it has one).",
        discussion: "The output's form follows its name: NAME.png writes a grid, NAME.npy an array [N, C, H, W] in [-1, 1], any other name a folder of PNG files.")

    @Option(help: "A checkpoint (.safetensors) or a run folder (its best, else newest, checkpoint).")
    var checkpoint: String

    @Option(help: "How many samples.")
    var count = 64

    @Option(help: "Where to write them: a .png grid, a .npy array or a folder.")
    var output: String

    @Option(help: "The class of every sample (conditional models; InfoGAN's categorical code).")
    var label: Int?

    @Option(help: "Redraw noise values beyond plus or minus this (the truncation trick).")
    var truncation: Float?

    @Option(help: "The seed of the latent samples.")
    var seed: UInt64 = 0

    @Option(help: "Columns of the PNG grid.")
    var columns = 8

    func validate() throws {
        if count <= 0 { throw ValidationError("--count must be positive, got \(count)") }
        if let truncation, truncation <= 0 { throw ValidationError("--truncation must be positive, got \(truncation)") }
        if columns <= 0 { throw ValidationError("--columns must be positive, got \(columns)") }
    }

    func run() throws {
        let (configuration, trainer) = try ZooBuilder.trainer(restoring: CheckpointLocator.resolve(checkpoint))
        if let label {
            guard let classes = trainer.model.conditioningClasses else {
                throw CommandError("--label: the \(configuration.model) model of \(checkpoint) is not conditional")
            }
            guard (0..<classes).contains(label) else { throw CommandError("--label must be in 0..<\(classes), got \(label)") }
        }
        let samples = trainer.samples(count: count, seed: seed, label: label, truncation: truncation).samples
        let url = URL(fileURLWithPath: output)
        switch url.pathExtension.lowercased() {
        case "npy":
            try NPY.write(samples, to: url)
        case "png":
            guard samples.rank == 4 else { throw CommandError("--output: \(configuration.dataset) samples are points, not images; write them to a .npy file") }
            try ImageGrid(columns: columns).writePNG(samples, to: output)
        default:
            guard samples.rank == 4 else { throw CommandError("--output: \(configuration.dataset) samples are points, not images; write them to a .npy file") }
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            let digits = String(count - 1).count
            for index in 0..<count {
                let image = Image(array: samples.slice(axis: 0, start: index, end: index + 1).reshaped(Array(samples.shape.dropFirst())).map(.affine(scale: 0.5, shift: 0.5)))
                let name = String(repeating: "0", count: digits - String(index).count) + String(index)
                try Data(PNGCodec.encode(image)).write(to: url.appendingPathComponent("\(name).png"), options: .atomic)
            }
        }
        FileHandle.standardOutput.write(Data("wrote \(count) samples to \(output)\n".utf8))
    }
}
