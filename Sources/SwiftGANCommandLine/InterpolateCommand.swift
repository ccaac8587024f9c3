import ArgumentParser
import Foundation
import SwiftGAN

/// `swiftgan interpolate`: a latent walk between seeds, as a GIF and a grid.
struct InterpolateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interpolate",
        abstract: "Walk the latent space between seeds by spherical interpolation; write a GIF (and optionally a grid).")

    @Option(help: "A checkpoint (.safetensors) or a run folder.")
    var checkpoint: String

    @Option(help: "Comma-separated seeds; each gives one latent point, visited in order.")
    var seeds = "0,1,2,3"

    @Option(parsing: .unconditional, help: "Frames from each seed to the next (the last seed adds one final frame).")
    var frames = 16

    @Option(help: "The GIF to write.")
    var output: String

    @Option(help: "Also write every frame in one PNG grid.")
    var grid: String?

    @Option(parsing: .unconditional, help: "The class of every frame (conditional models).")
    var label: Int?

    @Flag(help: "Replace existing output files.")
    var overwrite = false

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        if frames < 2 { throw ValidationError("--frames must be at least 2, got \(frames)") }
        if parsedSeeds == nil || parsedSeeds!.count < 2 { throw ValidationError("--seeds needs at least two comma-separated integers, got '\(seeds)'") }
        if URL(fileURLWithPath: output).pathExtension.lowercased() != "gif" { throw ValidationError("--output must be a .gif file, got '\(output)'") }
        if let grid, URL(fileURLWithPath: grid).pathExtension.lowercased() != "png" { throw ValidationError("--grid must be a .png file, got '\(grid)'") }
        if let label, label < 0 { throw ValidationError("--label must be a class number from 0, got \(label)") }
    }

    private var parsedSeeds: [UInt64]? { SeedList.parse(seeds) }

    func run() throws {
        threading.apply()
        let (configuration, inference, _) = try ModelRegistry.inference(restoring: CheckpointLocator.resolve(checkpoint))
        guard let latentModel = inference.model as? any LatentModel else {
            throw CommandError("\(checkpoint): the \(configuration.model) model does not start from a latent, so it has no latent walk")
        }
        let points = parsedSeeds!.map { seed -> Latent in
            var random = RandomGenerator(seed: seed)
            return latentModel.sampleLatent(count: 1, random: &random)
        }
        if let label {
            guard let classes = inference.model.conditioningClasses, (0..<classes).contains(label) else {
                throw CommandError("--label: the \(configuration.model) model takes no class \(label)")
            }
        }
        let first = inference.generate(points[0])
        guard first.rank == 4 else { throw CommandError("--output: \(configuration.dataset) samples are points, not images") }
        // The frames as floats, the GIF's frames as bytes, and the grid (floats and bytes) when asked for.
        let frameCount = Double(parsedSeeds!.count - 1) * Double(frames) + 1
        try ResourceCheck.requireMemory(
            frameCount * Double(first.count) * (grid == nil ? 6 : 12), for: String(format: "%.0f frames", frameCount), option: "--frames and --seeds")
        try ResourceCheck.requireNew(output, option: "--output", overwrite: overwrite)
        if let grid { try ResourceCheck.requireNew(grid, option: "--grid", overwrite: overwrite) }
        let labels = label.map { [$0] } ?? points[0].labels
        var walk: [NDArray] = []
        for (start, end) in zip(points, points.dropFirst()) {
            for frame in 0..<frames {
                let z = LatentInterpolation.slerp(start.z.value, end.z.value, Float(frame) / Float(frames))
                walk.append(inference.generate(Latent(z: Tensor(z), labels: labels)))
            }
        }
        walk.append(inference.generate(Latent(z: points[points.count - 1].z, labels: labels)))
        try ImageGrid(columns: 1, padding: 0).writeGIF(walk, to: output, delayCentiseconds: 8)
        if let grid { try ImageGrid(columns: frames + 1).writePNG(NDArray.concatenate(walk, axis: 0), to: grid) }
        FileHandle.standardOutput.write(Data("wrote \(walk.count) frames to \(output)\(grid.map { " and \($0)" } ?? "")\n".utf8))
    }
}
