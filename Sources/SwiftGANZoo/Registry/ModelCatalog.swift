import Foundation

/// What the registry says about its models, for people: the `swiftgan
/// models` listing, one model's page, JSON lines, and `docs/MODELS.md`.
public enum ModelCatalog {
    /// The presets that train `model`, with their descriptions.
    public static func presets(of model: String) -> [(name: String, description: String)] {
        Presets.descriptions.filter { (try? Presets.configuration($0.name))?.model == model }
    }

    /// The default options of `model` as the YAML section a configuration would hold.
    public static func defaultOptions(of model: String) -> String {
        defaults(of: model).yaml(section: model)
    }

    /// The default configuration with `model` chosen.
    private static func defaults(of model: String) -> TrainingConfiguration {
        var configuration = TrainingConfiguration()
        configuration.model = model
        return configuration
    }

    /// One model's page: its card, results, options with defaults and presets.
    public static func page(of definition: any ModelDefinition.Type) -> String {
        let card = definition.card
        var lines = [
            "\(definition.name): \(card.summary)", "", "paper: \(card.paper) (\(card.year))",
            "level: \(card.level)   task: \(card.task)   input: \(card.input.rawValue)   players: \(definition.playerNames.joined(separator: ", "))",
        ]
        lines += ["", "measured results:"] + (card.results.isEmpty ? ["  none yet"] : card.results.map { "  \($0.preset): \(figures($0.figures))  (\($0.command); \($0.measuredOn))" })
        lines += ["", "options with their defaults (model: \(definition.name)):"] + defaultOptions(of: definition.name).split(separator: "\n").map { "  " + $0 }
        if !definition.choices.isEmpty {
            lines += ["", "choices:"] + definition.choices.map { "  \($0.key): \($0.values.joined(separator: ", "))" }
        }
        let presets = presets(of: definition.name)
        lines += ["", "presets (swiftgan train NAME):"] + (presets.isEmpty ? ["  none"] : presets.map { "  \($0.name): \($0.description)" })
        return lines.joined(separator: "\n")
    }

    /// One JSON object per model: name, task, level, paper, year, input, players, options, presets, measured results.
    public static func jsonLines() -> [String] {
        ModelRegistry.models.map { definition in
            let card = definition.card
            let object: [String: Any] = [
                "name": definition.name, "summary": card.summary, "task": card.task, "level": card.level, "paper": card.paper, "year": card.year,
                "input": card.input.rawValue, "players": definition.playerNames, "options": defaults(of: definition.name).writtenTree[definition.name] ?? [:],
                "presets": presets(of: definition.name).map(\.name),
                "results": card.results.map { ["preset": $0.preset, "figures": $0.figures, "command": $0.command, "measured_on": $0.measuredOn] as [String: Any] },
            ]
            guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), let line = String(data: data, encoding: .utf8) else {
                preconditionFailure("ModelCatalog: the entry of \(definition.name) does not encode as JSON")
            }
            return line
        }
    }

    /// `docs/MODELS.md`: every model's card, results and presets, generated from the registry.
    public static func markdown() -> String {
        var lines = [
            "# Models", "",
            "Generated from the model registry by `swiftgan models --markdown`; a test fails when this file is stale.",
            "Each figure was measured by running its command (release build, seed 0); MNIST figures are judged by the project's MNIST classifier and are not comparable with Inception-based ones.",
            "", "| model | paper | level | task | input | measured |", "|---|---|---|---|---|---|",
        ]
        for definition in ModelRegistry.models {
            let card = definition.card
            let measured = card.results.isEmpty ? "not yet" : card.results.map { "\($0.preset): \(figures($0.figures))" }.joined(separator: "; ")
            lines.append("| [\(definition.name)](#\(definition.name)) | \(card.paper) (\(card.year)) | \(card.level) | \(card.task) | \(card.input.rawValue) | \(measured) |")
        }
        for definition in ModelRegistry.models {
            let card = definition.card
            lines += ["", "## \(definition.name)", "", card.summary + ".", "", "- Paper: \(card.paper) (\(card.year))", "- Players: \(definition.playerNames.joined(separator: ", "))"]
            if !card.results.isEmpty {
                lines += ["", "| preset | figures | command | measured on |", "|---|---|---|---|"]
                lines += card.results.map { "| \($0.preset) | \(figures($0.figures)) | `\($0.command)` | \($0.measuredOn) |" }
            }
            let presets = presets(of: definition.name)
            if !presets.isEmpty { lines += [""] + presets.map { "- `\($0.name)`: \($0.description)" } }
            lines += ["", "Options and defaults:", "", "```yaml", defaultOptions(of: definition.name).trimmingCharacters(in: .newlines), "```"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func figures(_ figures: [String: Double]) -> String {
        figures.sorted { $0.key < $1.key }.map { "\($0.key) \(format($0.value))" }.joined(separator: ", ")
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(format: "%.4g", value)
    }
}
