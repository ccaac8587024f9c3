/// One combination of the `shapes` factors: a level of each, in
/// `ShapeFactor.allCases` order.
public struct ShapeFactors: Equatable, Hashable, Sendable {
    /// The level of each factor, in `ShapeFactor.allCases` order.
    public let levels: [Int]

    /// Factors from one level per factor, each in range.
    public init(_ levels: [Int]) {
        precondition(levels.count == ShapeFactor.allCases.count, "ShapeFactors: \(levels.count) levels for \(ShapeFactor.allCases.count) factors")
        for (factor, level) in zip(ShapeFactor.allCases, levels) {
            precondition((0..<factor.levels).contains(level), "ShapeFactors: \(factor.rawValue) level \(level) is not in 0..<\(factor.levels)")
        }
        self.levels = levels
    }

    /// The level of `factor`.
    public subscript(factor: ShapeFactor) -> Int { levels[ShapeFactor.allCases.firstIndex(of: factor)!] }

    /// The object.
    public var shape: ShapeKind { ShapeKind(rawValue: self[.shape])! }
}
