import ArgumentParser
import SwiftGAN

/// `swiftgan models`: the zoo from its registry, one line each; a model's page; JSON lines; the docs page.
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models", abstract: "List the models of the zoo, or show one: its card, measured results, options with defaults and presets.")

    @Argument(help: "A model to show.")
    var name: String?

    @Flag(help: "One JSON object per model: name, task, level, paper, options, presets, measured results.")
    var json = false

    @Flag(help: "The docs/MODELS.md page generated from the registry.")
    var markdown = false

    func validate() throws {
        if json && markdown { throw ValidationError("--json and --markdown: choose one") }
        if let name, ModelRegistry.definition(named: name) == nil {
            throw ValidationError(ConfigurationError.unknown("model", name, allowed: ModelRegistry.names).problem)
        }
    }

    func run() {
        if json {
            print(ModelCatalog.jsonLines().joined(separator: "\n"))
        } else if markdown {
            print(ModelCatalog.markdown(), terminator: "")
        } else if let name, let definition = ModelRegistry.definition(named: name) {
            print(ModelCatalog.page(of: definition))
        } else {
            print(Listing.format([
                ("models (model:, swiftgan models NAME for one)", ModelRegistry.models.map { ($0.name, $0.card.summary) }),
                ("presets (swiftgan train NAME)", Presets.descriptions),
            ]))
        }
    }
}

/// Aligned `name  description` lines under section titles.
enum Listing {
    static func format(_ sections: [(String, [(name: String, description: String)])]) -> String {
        let width = sections.flatMap { $0.1.map(\.name.count) }.max() ?? 0
        return sections.map { title, entries in
            ([title] + entries.map { "  " + $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.description }).joined(separator: "\n")
        }.joined(separator: "\n\n")
    }
}
