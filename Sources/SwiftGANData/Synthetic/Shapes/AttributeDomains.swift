import SwiftGANKernels

/// The domains of multi-domain translation (StarGAN) as groups of
/// attributes, each taking one of a few levels (a hue of 8, a scale of 4,
/// ...). A domain is one level of every group, numbered in mixed radix
/// with the first group's level changing fastest; it is the label of the
/// examples. Plain labeled data is one group, `class`.
public struct AttributeDomains: Sendable, Equatable {
    /// The groups' names and level counts, in order.
    public let groups: [Group]

    /// One attribute group.
    public struct Group: Sendable, Equatable {
        public let name: String
        public let levels: Int
        public init(name: String, levels: Int) {
            precondition(levels >= 1, "AttributeDomains: group \(name) has \(levels) levels")
            (self.name, self.levels) = (name, levels)
        }
    }

    public init(_ groups: [Group]) {
        precondition(!groups.isEmpty, "AttributeDomains: no groups")
        self.groups = groups
    }

    /// The number of domains: every combination of levels.
    public var count: Int { groups.map(\.levels).reduce(1, *) }
    /// The length of a domain's code: one one-hot block per group.
    public var codeLength: Int { groups.map(\.levels).reduce(0, +) }

    /// The domain of one level per group.
    public func domain(_ levels: [Int]) -> Int {
        precondition(levels.count == groups.count && zip(levels, groups).allSatisfy { (0..<$1.levels).contains($0) },
                     "AttributeDomains: levels \(levels) do not fit the groups \(groups.map { "\($0.name) (\($0.levels))" })")
        return zip(levels, groups).reversed().reduce(0) { $0 * $1.1.levels + $1.0 }
    }

    /// The level of each group in `domain`.
    public func levels(_ domain: Int) -> [Int] {
        precondition((0..<count).contains(domain), "AttributeDomains: domain \(domain) is not in 0..<\(count)")
        var rest = domain
        return groups.map { group in
            defer { rest /= group.levels }
            return rest % group.levels
        }
    }

    /// The codes `[N, codeLength]` of `domains`: each group's level one-hot, side by side.
    public func codes(_ domains: [Int]) -> NDArray {
        var values = [Float](repeating: 0, count: domains.count * codeLength)
        for (row, domain) in domains.enumerated() {
            var offset = row * codeLength
            for (level, group) in zip(levels(domain), groups) {
                values[offset + level] = 1
                offset += group.levels
            }
        }
        return NDArray(values, shape: [domains.count, codeLength])
    }
}
