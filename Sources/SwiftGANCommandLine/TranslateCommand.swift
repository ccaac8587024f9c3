import ArgumentParser
import Foundation
import SwiftGAN

/// `swiftgan translate`: a trained translator applied to your images.
struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Translate your images with a trained translator (pix2pix, cyclegan, ...).",
        discussion: """
            --input is an image file, a folder of images or an .npy array [N, C, H, W] (floats in [0, 1] or integers 0-255). \
            Images are fitted to the side the translator was trained at: --fit crop resizes the shorter side and cuts the centre \
            (as the repositories' test scripts do), --fit pad resizes the longer side and pads the rest by repeating the edges, \
            and cuts the translation back. Each translation is written as a PNG into the --output folder under its input's name; \
            --grid also writes input | output (| target) rows. With --paired, each input file is an A|B pair side by side (the \
            pix2pix datasets' form) and B is shown as the target. Multi-domain translators (stargan) take the target \
            domain with --domain.
            """)

    @Option(help: "A translator's checkpoint (.safetensors) or run folder (its best, else newest, checkpoint).")
    var checkpoint: String

    @Option(help: "An image file, a folder of images, or an .npy array [N, C, H, W].")
    var input: String

    @Option(help: "The folder the translations are written to.")
    var output: String

    @Option(help: "How images meet the translator's side: crop or pad.")
    var fit = "crop"

    @Flag(help: "Translate B to A (two-way translators such as cyclegan).")
    var reverse = false

    @Flag(help: "Each input file is an A|B pair side by side; B is the target shown in the grid.")
    var paired = false

    @Option(help: "Also write a PNG grid of input | output (| target) rows here.")
    var grid: String?

    @Option(help: "For multi-domain translators (stargan): the target domain, GROUP=LEVEL for every attribute group (hue=3,scale=1,background=0), or the level alone when there is one group.")
    var domain: String?

    @Option(help: "For multi-domain translators with an encoder per domain (combogan): the inputs' own domain, as --domain takes it.")
    var sourceDomain: String?

    @Flag(help: "Replace existing files in the output folder.")
    var overwrite = false

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        if !["crop", "pad"].contains(fit) { throw ValidationError("--fit must be crop or pad, got '\(fit)'") }
        if let grid, URL(fileURLWithPath: grid).pathExtension.lowercased() != "png" { throw ValidationError("--grid must be a .png file, got '\(grid)'") }
    }

    func run() throws {
        threading.apply()
        let url = try CheckpointLocator.resolve(checkpoint)
        let (configuration, inference, _) = try ModelRegistry.inference(restoring: url)
        let shape = try DatasetRegistry.shape(of: configuration)
        guard let side = shape.resolution else { throw CommandError("\(checkpoint): the run's data is not images") }
        let (from, to, translateBatch) = try translation(inference.model, name: configuration.model, shape: shape, networks: inference.networks)
        let images = try TranslationInputs(input, channels: from, targetChannels: to, side: side, fit: fit == "pad" ? .pad : .crop, paired: paired)
        try images.prepareOutput(output, overwrite: overwrite)
        let outputs = inference.evaluating {
            NDArray.concatenate(stride(from: 0, to: images.names.count, by: 32).map { start in
                translateBatch(Tensor(images.arrays.slice(axis: 0, start: start, end: min(start + 32, images.names.count)))).value
            }, axis: 0)
        }
        try images.write(outputs, to: output)
        if let grid {
            let sheet = TranslationSheet.interleaved(inputs: images.arrays, outputs: outputs, targets: images.targets)
            try ImageGrid(columns: images.targets == nil ? 2 : 3).writePNG(sheet, to: grid)
        }
        FileHandle.standardOutput.write(Data("wrote \(images.names.count) translations to \(output)\(grid.map { " and the grid \($0)" } ?? "")\n".utf8))
    }

    /// The channels in and out and the translation of a batch by `model`, after the options' checks.
    private func translation(_ model: any ZooModel, name: String, shape: DatasetShape, networks: [String: Module]) throws -> (from: Int, to: Int, (Tensor) -> Tensor) {
        if model is any RestorationModel {
            throw CommandError("\(checkpoint) holds a \(name) model, a restorer; restore your images at their own size with swiftgan enhance")
        }
        if let model = model as? any TranslationModel {
            guard let targetChannels = shape.targetChannels else { throw CommandError("\(checkpoint): the run's data has no image targets") }
            if reverse && !model.isTwoWay { throw CommandError("--reverse: the \(name) model translates one way only") }
            if domain != nil || sourceDomain != nil { throw CommandError("--domain: the \(name) model translates between two domains only; leave it out") }
            let (from, to) = reverse ? (targetChannels, shape.channels) : (shape.channels, targetChannels)
            return (from, to, { reverse ? model.translateBack($0, networks: networks)! : model.translate($0, networks: networks) })
        }
        if let model = model as? any DomainTranslationModel {
            if reverse { throw CommandError("--reverse: the \(name) model translates to the domain --domain names; leave --reverse out") }
            guard let domain else {
                throw CommandError("--domain: the \(name) model translates to a domain; give \(model.domains.groups.map { "\($0.name)=0-\($0.levels - 1)" }.joined(separator: ","))")
            }
            let target = try DomainChoice.parse(domain, domains: model.domains)
            let source = try sourceDomain.map { try DomainChoice.parse($0, domains: model.domains, option: "--source-domain") }
            if model.needsSourceDomains && source == nil {
                throw CommandError("--source-domain: the \(name) model encodes each domain with its own encoder; give the inputs' domain as --domain takes it")
            }
            let sources = source.map { value in { (count: Int) in [Int](repeating: value, count: count) } }
            return (shape.channels, shape.channels, { model.translate($0, from: sources?($0.shape[0]), to: Array(repeating: target, count: $0.shape[0]), networks: networks) })
        }
        let translators = ModelRegistry.translators.joined(separator: ", ")
        throw CommandError("\(checkpoint) holds a \(name) model, which takes \(model.input.rawValue.replacingOccurrences(of: "_", with: " ")), not images; translate takes a translator (\(translators))")
    }
}
