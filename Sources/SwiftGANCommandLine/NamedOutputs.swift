import Foundation

/// The checks of commands that write one PNG per input image, named after it
/// (`translate`, `enhance`): no two inputs of one name, no output replaced
/// unless asked.
enum NamedOutputs {
    /// Refuses `names` read from `spec` when two are the same; `what` names the outputs, `command` the command.
    static func refuseRepeated(_ names: [String], in spec: String, what: String, command: String) throws {
        if let repeated = Dictionary(grouping: names, by: { $0 }).first(where: { $0.value.count > 1 })?.key {
            throw CommandError("\(spec): more than one image is named \(repeated) (in different folders), and their \(what) would overwrite each other; \(command) the folders one at a time")
        }
    }

    /// Makes `folder` and refuses it when it holds a PNG of one of `names`, unless `overwrite`.
    static func prepare(_ folder: String, names: [String], overwrite: Bool, what: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if !overwrite, let existing = names.first(where: { FileManager.default.fileExists(atPath: folder + "/" + $0 + ".png") }) {
            throw CommandError("\(folder)/\(existing).png exists; give --overwrite to replace the \(what) in \(folder)")
        }
    }
}
