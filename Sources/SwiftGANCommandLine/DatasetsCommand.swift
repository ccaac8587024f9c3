import ArgumentParser
import Foundation
import SwiftGAN

/// `swiftgan datasets`: the built-in data and how to train on your own; with
/// a name and `--grid`, a PNG grid of its first images.
struct DatasetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasets", abstract: "List the built-in datasets and how to point at your own, or write a grid of one's images.")

    @Argument(help: "A dataset to preview (with --grid).")
    var name: String?

    @Option(help: "Write the first --count images of the dataset as a PNG grid to this path.")
    var grid: String?

    @Option(parsing: .unconditional, help: "Images in the grid (1 to 1024).")
    var count = 64

    @Option(parsing: .unconditional, help: "The side the images are drawn or resized at (data.resolution).")
    var resolution: Int?

    @Option(parsing: .unconditional, help: "The seed of the run whose data to draw.")
    var seed: UInt64 = 0

    @Option(help: "For restoration data: write what restorers are measured on into this folder, input/NAME.png and reference/NAME.png.")
    var heldOut: String?

    func validate() throws {
        if let name, (try? DatasetRegistry.entry(named: name)) == nil {
            throw ValidationError(ConfigurationError.unknown("dataset", name, allowed: DatasetRegistry.names).problem)
        }
        if (name == nil) == (grid != nil || heldOut != nil) { throw ValidationError("a preview needs both a dataset name and --grid PATH (or --held-out FOLDER)") }
        if !(1...1_024).contains(count) { throw ValidationError("--count must be from 1 to 1024, got \(count)") }
        if let grid, URL(fileURLWithPath: grid).pathExtension.lowercased() != "png" { throw ValidationError("--grid must be a .png file, got '\(grid)'") }
    }

    func run() throws {
        if let name, let heldOut {
            var configuration = TrainingConfiguration()
            configuration.dataset = name
            let pairs = try DatasetRegistry.restorationPairs(of: configuration)
            for folder in ["input", "reference"] { try FileManager.default.createDirectory(atPath: heldOut + "/" + folder, withIntermediateDirectories: true) }
            for pair in pairs {
                try ImageGrid(columns: 1, padding: 0, range: 0...1).writePNG(pair.input.reshaped([1] + pair.input.shape), to: "\(heldOut)/input/\(pair.name).png")
                try ImageGrid(columns: 1, padding: 0, range: 0...1).writePNG(pair.reference.reshaped([1] + pair.reference.shape), to: "\(heldOut)/reference/\(pair.name).png")
            }
            print("wrote \(pairs.count) held-out pairs of \(name) to \(heldOut)/input and \(heldOut)/reference")
            if grid == nil { return }
        }
        guard let name, let grid else {
            print(Listing.format([("datasets (dataset:)", DatasetRegistry.datasets.map { ($0.name, $0.description) })]))
            print("""

                Your own images: swiftgan train mnist_dcgan --set dataset=folder --set data.path=PATH [--set data.channels=3] [--set data.resolution=32]
                or a YAML file with 'preset: mnist_dcgan', 'dataset: folder' and a 'data:' section with 'path: PATH'.
                Look at one: swiftgan datasets shapes --grid shapes.png [--resolution 64]
                """)
            return
        }
        var configuration = TrainingConfiguration()
        configuration.dataset = name
        configuration.data.resolution = resolution
        configuration.seed = seed
        let shape = try DatasetRegistry.shape(of: configuration)
        guard !shape.isPoints else { throw CommandError("\(name) holds 2-D points, not images; there is no grid to draw") }
        let data = try DatasetRegistry.load(configuration)
        let shown = min(count, data.count)
        let examples = try (0..<shown).map { try data.example(at: $0) }
        let images = NDArray.concatenate(examples.map { $0.image.reshaped([1] + shape.sampleShape) }, axis: 0)
        let columns = Int(Double(shown).squareRoot().rounded(.up))
        if let targetShape = shape.targetShape {
            let targets = NDArray.concatenate(examples.map { $0.target!.reshaped([1] + targetShape) }, axis: 0)
            try ImageGrid(columns: 2 * columns, range: 0...1).writePNG(TranslationSheet.interleaved(inputs: images, outputs: targets, targets: nil), to: grid)
            print("wrote \(grid): \(shown) \(shape.targets!.rawValue) examples of \(name), input | target, \(shape.sampleShape.map(String.init).joined(separator: "x")) to \(targetShape.map(String.init).joined(separator: "x"))")
            return
        }
        try ImageGrid(columns: columns, range: 0...1).writePNG(images, to: grid)
        print("wrote \(grid): \(shown) images of \(name), \(shape.sampleShape.map(String.init).joined(separator: "x")) each")
    }
}
