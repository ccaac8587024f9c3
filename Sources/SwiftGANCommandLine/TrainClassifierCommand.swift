import ArgumentParser
import Foundation
import SwiftGAN

/// `swiftgan train-classifier`: trains a network of the domain metrics (the
/// MNIST classifier, the shapes factor classifier or the scene segmenter),
/// or the photo texture network of the perceptual losses, from its seeded recipe.
struct TrainClassifierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-classifier",
        abstract: "Train the classifier of the MNIST-domain metrics (with --data shapes, of the shapes-domain metrics; with --data scenes, the segmenter of the FCN score; with --data photo_texture, the stand-in feature network of perceptual losses) from its seeded recipe.")

    @Option(help: "Which network: mnist (the digits' classifier), photo_digits (the same for MNIST-M-style digits), shapes (one head per factor of the shapes data), scenes (the scene segmenter) or photo_texture (the perceptual losses' stand-in, trained for --epochs times 250 steps).")
    var data = "mnist"

    @Option(help: "Where to write the weights (safetensors); default: DATA_classifier.safetensors.")
    var output: String?

    @Option(parsing: .unconditional, help: "Training epochs (default: the recipe's, 12 for mnist, 8 for shapes, 6 for scenes).")
    var epochs: Int?

    @Option(parsing: .unconditional, help: "The seed of the split, the initialization and the batches (default: the recipe's, 2024 for mnist, 2026 for shapes and scenes).")
    var seed: UInt64?

    var outputPath: String { output ?? "\(data)_classifier.safetensors" }

    func validate() throws {
        if !["mnist", "photo_digits", "shapes", "scenes", "photo_texture"].contains(data) {
            throw ValidationError("--data must be mnist, photo_digits, shapes, scenes or photo_texture, got '\(data)'")
        }
        if let epochs, !(1...1_000).contains(epochs) { throw ValidationError("--epochs must be from 1 to 1000, got \(epochs)") }
        if URL(fileURLWithPath: outputPath).pathExtension.lowercased() != "safetensors" {
            throw ValidationError("--output must be a .safetensors file, got '\(outputPath)'")
        }
    }

    func run() throws {
        let url = URL(fileURLWithPath: outputPath)
        let summary: String
        if data == "photo_texture" {
            var recipe = PhotoTextureRecipe()
            if let epochs { recipe.steps = epochs * 250 }
            if let seed { recipe.seed = seed }
            let (model, accuracy) = try recipe.train { step, accuracy in print(String(format: "step %d: held-out accuracy %.2f%%", step, accuracy * 100)) }
            summary = String(format: "accuracy %.2f%%", accuracy * 100)
            try model.save(to: url, metadata: [
                "recipe": "PhotoTextureRecipe seed \(recipe.seed), \(recipe.steps) steps of \(recipe.batchSize) \(recipe.patch)-pixel patches of the training photos",
                "held_out_accuracy": String(format: "%.4f", accuracy),
            ])
        } else if data == "scenes" {
            var recipe = SceneSegmenterRecipe()
            if let epochs { recipe.epochs = epochs }
            if let seed { recipe.seed = seed }
            let (model, score) = recipe.train { epoch, score in print("epoch \(epoch): held-out \(Self.describe(score))") }
            summary = Self.describe(score)
            try model.save(to: url, metadata: [
                "recipe": "SceneSegmenterRecipe seed \(recipe.seed), \(recipe.epochs) epochs, \(recipe.trainCount) train / \(recipe.heldOut) held out at \(recipe.size) px",
                "held_out_score": summary,
            ])
        } else if data == "shapes" {
            var recipe = ShapesClassifierRecipe()
            if let epochs { recipe.epochs = epochs }
            if let seed { recipe.seed = seed }
            let (model, accuracy) = try recipe.train { epoch, accuracy in print("epoch \(epoch): held-out accuracy \(Self.describe(accuracy))") }
            summary = Self.describe(accuracy)
            try model.save(to: url, metadata: [
                "recipe": "ShapesClassifierRecipe seed \(recipe.seed), \(recipe.epochs) epochs, \(recipe.trainCount) train / \(recipe.heldOut) held out",
                "held_out_accuracy": summary,
            ])
        } else {
            var recipe = MNISTClassifierRecipe()
            recipe.photoDigits = data == "photo_digits"
            if let epochs { recipe.epochs = epochs }
            if let seed { recipe.seed = seed }
            let (model, accuracy) = try recipe.train { epoch, accuracy in
                print(String(format: "epoch %d: held-out accuracy %.2f%%", epoch, accuracy * 100))
            }
            summary = String(format: "accuracy %.2f%%", accuracy * 100)
            try model.save(to: url, metadata: [
                "recipe": "MNISTClassifierRecipe seed \(recipe.seed), \(recipe.epochs) epochs, 8000 train / 2000 held out\(recipe.photoDigits ? ", MNIST-M-style digits" : "")",
                "held_out_accuracy": String(format: "%.4f", accuracy),
            ])
        }
        var crc = CRC32()
        crc.update(try Data(contentsOf: url))
        print(String(format: "wrote %@ (held-out %@, crc32 %08x)", outputPath, summary, crc.value))
    }

    /// A segmentation score as pixel accuracy, class accuracy and mean IoU in percent.
    static func describe(_ score: SegmentationScore) -> String {
        String(format: "pixel accuracy %.2f%%, class accuracy %.2f%%, mean IoU %.2f%%", score.pixelAccuracy * 100, score.classAccuracy * 100, score.meanIoU * 100)
    }

    /// Each factor's accuracy in percent, in factor order.
    static func describe(_ accuracy: [String: Double]) -> String {
        ShapeFactor.allCases.map { String(format: "%@ %.2f%%", $0.rawValue, (accuracy[$0.rawValue] ?? 0) * 100) }.joined(separator: ", ")
    }
}
