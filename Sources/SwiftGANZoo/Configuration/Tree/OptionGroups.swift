/// The options of one model: its own section of a configuration
/// (`model: gan` reads the `gan:` section), with defaults in code. Members
/// that are `FlattenedOptions` contribute their keys to the same section.
public protocol ModelOptions: Codable, Equatable, Sendable {
    init()
}

/// A group of keys shared by several models' options, read from the section
/// of the options that hold it (not a section of its own). Its holder's
/// `init(from:)` and `encode(to:)` pass their coder to the group.
public protocol FlattenedOptions: Codable, Equatable, Sendable {
    init()
}

/// A nested section of a configuration with defaults in code (`data:`, `optimizer:`).
public protocol OptionSection: Codable, Equatable, Sendable {
    init()
}
