/// A run folder that cannot be made, read or continued.
public struct RunError: Error, CustomStringConvertible, Equatable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
