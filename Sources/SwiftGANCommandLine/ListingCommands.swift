import ArgumentParser
import SwiftGAN

/// `swiftgan models`: the zoo, one line each.
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "models", abstract: "List the models, architectures, losses, penalties and presets of the zoo.")

    func run() {
        let sections: [(String, [ZooCatalog.Entry])] = [
            ("models (model:)", ZooCatalog.models), ("architectures (architecture:)", ZooCatalog.architectures),
            ("losses (loss:)", ZooCatalog.losses), ("penalties (penalty:)", ZooCatalog.penalties), ("presets (swiftgan train NAME)", Presets.descriptions),
        ]
        print(Listing.format(sections))
    }
}

/// `swiftgan datasets`: the built-in data and how to train on your own.
struct DatasetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "datasets", abstract: "List the built-in datasets and how to point at your own.")

    func run() {
        print(Listing.format([("datasets (dataset:)", ZooCatalog.datasets)]))
        print("""

            Your own images: swiftgan train mnist_dcgan --set dataset=folder --set data_path=PATH [--set channels=3]
            or a YAML file with 'preset: mnist_dcgan', 'dataset: folder' and 'data_path: PATH'.
            """)
    }
}

/// Aligned `name  description` lines under section titles.
enum Listing {
    static func format(_ sections: [(String, [ZooCatalog.Entry])]) -> String {
        let width = sections.flatMap { $0.1.map(\.name.count) }.max() ?? 0
        return sections.map { title, entries in
            ([title] + entries.map { "  " + $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.description }).joined(separator: "\n")
        }.joined(separator: "\n\n")
    }
}
