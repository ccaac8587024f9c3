import SwiftGANKernels

/// What an array of images holds, checked before it is measured or trained on:
/// a NaN or infinite value, or values outside the range a reader assumes,
/// would otherwise give numbers without a warning.
public struct ImageValues: CustomStringConvertible, Sendable, Equatable {
    /// The smallest and largest values.
    public let minimum: Float
    public let maximum: Float

    /// The range of `array`'s values; a NaN or infinity throws a `DataError`
    /// naming `path` and the first such value's index (`[n, c, y, x]` for images).
    public init(_ array: NDArray, path: String) throws {
        var minimum = Float.infinity, maximum = -Float.infinity
        var bad: Int?
        array.withUnsafeBufferPointer { values in
            for (index, value) in values.enumerated() {
                guard value.isFinite else {
                    bad = index
                    return
                }
                minimum = Swift.min(minimum, value)
                maximum = Swift.max(maximum, value)
            }
        }
        if let bad {
            let value = array.elements[bad]
            throw DataError(path: path, problem: "holds \(value) at index \(Self.index(bad, in: array.shape)); images must be finite numbers")
        }
        (self.minimum, self.maximum) = array.count == 0 ? (0, 0) : (minimum, maximum)
    }

    /// Whether every value lies in `range`, give or take `slack`.
    public func areWithin(_ range: ClosedRange<Float>, slack: Float = 0) -> Bool {
        minimum >= range.lowerBound - slack && maximum <= range.upperBound + slack
    }

    /// The found range for messages: `[-0.5, 253]`.
    public var description: String { "[\(minimum), \(maximum)]" }

    /// A flat index as `[i, j, ...]` in `shape`.
    static func index(_ flat: Int, in shape: [Int]) -> String {
        var remaining = flat
        var parts: [Int] = []
        for size in shape.reversed() {
            parts.append(remaining % max(size, 1))
            remaining /= max(size, 1)
        }
        return "[" + parts.reversed().map(String.init).joined(separator: ", ") + "]"
    }
}
