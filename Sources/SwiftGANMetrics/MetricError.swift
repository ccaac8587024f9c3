/// Inputs a metric cannot be computed from: too few samples, non-finite
/// features, mismatched sizes, a weight file for another network.
public struct MetricError: Error, CustomStringConvertible, Equatable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
