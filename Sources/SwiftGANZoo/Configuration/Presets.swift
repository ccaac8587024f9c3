import Foundation

/// Named configurations with published or measured hyperparameters, each a
/// small YAML override of the defaults in `Resources/presets/NAME.yaml`
/// (linked from `configs/` at the top of the repository), whose first line is
/// a comment that describes it.
public enum Presets {
    /// Preset names (sorted) with their one-line descriptions.
    public static let descriptions: [(name: String, description: String)] = {
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "yaml" }.sorted { $0.lastPathComponent < $1.lastPathComponent }.map { file in
            let firstLine = (try? String(contentsOf: file, encoding: .utf8))?.split(separator: "\n").first.map(String.init) ?? ""
            let description = firstLine.hasPrefix("#") ? firstLine.dropFirst().trimmingCharacters(in: .whitespaces) : ""
            return (file.deletingPathExtension().lastPathComponent, description)
        }
    }()

    /// The YAML text of preset `name`, or an error listing the presets.
    public static func text(_ name: String) throws -> String {
        guard descriptions.contains(where: { $0.name == name }),
              let text = try? String(contentsOf: directory.appendingPathComponent(name + ".yaml"), encoding: .utf8) else {
            throw ConfigurationError.unknown("preset", name, allowed: descriptions.map(\.name))
        }
        return text
    }

    /// The configuration of preset `name`, or an error listing the presets.
    public static func configuration(_ name: String) throws -> TrainingConfiguration {
        let text = try text(name)
        guard !text.contains("\npreset:") && !text.hasPrefix("preset:") else {
            throw ConfigurationError(key: "preset", problem: "preset \(name) names another preset; presets override the defaults only")
        }
        return try TrainingConfiguration(yaml: text, source: "preset \(name)")
    }

    private static var directory: URL {
        guard let url = Bundle.module.url(forResource: "presets", withExtension: nil, subdirectory: "Resources") else {
            preconditionFailure("Presets: the presets folder is missing from SwiftGANZoo's resources")
        }
        return url
    }
}
