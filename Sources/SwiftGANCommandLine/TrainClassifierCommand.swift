import ArgumentParser
import Foundation
import SwiftGAN

/// `swiftgan train-classifier`: trains the MNIST classifier used by the MNIST-domain metrics.
struct TrainClassifierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-classifier",
        abstract: "Train the MNIST classifier of the MNIST-domain metrics on the bundled digits (seeded).")

    @Option(help: "Where to write the weights (safetensors).")
    var output = "mnist_classifier.safetensors"

    @Option(parsing: .unconditional, help: "Training epochs.")
    var epochs = 12

    @Option(parsing: .unconditional, help: "The seed of the split, the initialization and the batches.")
    var seed: UInt64 = 2024

    func validate() throws {
        if !(1...1_000).contains(epochs) { throw ValidationError("--epochs must be from 1 to 1000, got \(epochs)") }
        if URL(fileURLWithPath: output).pathExtension.lowercased() != "safetensors" {
            throw ValidationError("--output must be a .safetensors file, got '\(output)'")
        }
    }

    func run() throws {
        var recipe = MNISTClassifierRecipe()
        recipe.epochs = epochs
        recipe.seed = seed
        let (model, accuracy) = try recipe.train { epoch, accuracy in
            print(String(format: "epoch %d: held-out accuracy %.2f%%", epoch, accuracy * 100))
        }
        let url = URL(fileURLWithPath: output)
        try model.save(to: url, metadata: [
            "recipe": "MNISTClassifierRecipe seed \(seed), \(epochs) epochs, 8000 train / 2000 held out",
            "held_out_accuracy": String(format: "%.4f", accuracy),
        ])
        var crc = CRC32()
        crc.update(try Data(contentsOf: url))
        print(String(format: "wrote %@ (held-out accuracy %.2f%%, crc32 %08x)", output, accuracy * 100, crc.value))
    }
}
