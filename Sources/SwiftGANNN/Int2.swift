/// A (height, width) pair of integers for layer geometry; an integer literal
/// means the same value for both (`kernel: 3` is 3x3).
public struct Int2: Equatable, Hashable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    public var h: Int
    public var w: Int

    /// A pair of possibly different values.
    public init(_ h: Int, _ w: Int) {
        self.h = h
        self.w = w
    }

    /// The same value twice.
    public init(integerLiteral value: Int) { self.init(value, value) }

    /// As a tuple, for the tensor API.
    public var tuple: (Int, Int) { (h, w) }

    public var description: String { h == w ? "\(h)" : "(\(h), \(w))" }
}
