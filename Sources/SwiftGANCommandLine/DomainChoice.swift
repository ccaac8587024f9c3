import Foundation
import SwiftGAN

/// The `--domain` of `translate` for multi-domain translators: a level for
/// every attribute group, `GROUP=LEVEL` pairs separated by commas
/// (`hue=3,scale=1,background=0`), or the level alone when there is one group.
enum DomainChoice {
    /// The domain `text` names among `domains`; an error naming the groups and their levels otherwise.
    static func parse(_ text: String, domains: AttributeDomains, option: String = "--domain") throws -> Int {
        let expected = domains.groups.map { "\($0.name)=0-\($0.levels - 1)" }.joined(separator: ",")
        func problem(_ what: String) -> CommandError { CommandError("\(option) '\(text)': \(what); give \(expected)") }
        if domains.groups.count == 1, let level = Int(text) {
            guard (0..<domains.groups[0].levels).contains(level) else { throw problem("level \(level) is out of range") }
            return level
        }
        var levels = [Int?](repeating: nil, count: domains.groups.count)
        for pair in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = pair.split(separator: "=", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let index = domains.groups.firstIndex(where: { $0.name == parts[0] }) else { throw problem("'\(pair)' is not GROUP=LEVEL of a known group") }
            guard let level = Int(parts[1]), (0..<domains.groups[index].levels).contains(level) else { throw problem("\(parts[0]) takes 0-\(domains.groups[index].levels - 1), got '\(parts[1])'") }
            guard levels[index] == nil else { throw problem("\(parts[0]) is given twice") }
            levels[index] = level
        }
        let missing = zip(domains.groups, levels).filter { $1 == nil }.map(\.0.name)
        guard missing.isEmpty else { throw problem("\(missing.joined(separator: ", ")) \(missing.count == 1 ? "is" : "are") missing") }
        return domains.domain(levels.map { $0! })
    }
}
