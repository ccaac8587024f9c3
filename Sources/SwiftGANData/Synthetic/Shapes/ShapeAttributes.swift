/// The `shapes` data labeled by a combination of its factors (hue, scale
/// and background for multi-domain translation): the label of each example
/// is the domain its levels of `factors` make (`AttributeDomains`).
public struct ShapeAttributes: Dataset {
    public let shapes: Shapes
    public let factors: [ShapeFactor]
    /// The factors as attribute groups named after them.
    public let domains: AttributeDomains

    public init(_ shapes: Shapes, factors: [ShapeFactor]) {
        (self.shapes, self.factors) = (shapes, factors)
        domains = Self.domains(of: factors)
    }

    /// The domains of `factors`, each a group named after its factor.
    public static func domains(of factors: [ShapeFactor]) -> AttributeDomains {
        AttributeDomains(factors.map { AttributeDomains.Group(name: $0.rawValue, levels: $0.levels) })
    }

    public var count: Int { shapes.count }
    public var classCount: Int? { domains.count }

    public func example(at index: Int) -> Example {
        var example = shapes.example(at: index)
        example.label = label(at: index)
        return example
    }

    /// The label of example `index`, without drawing it.
    public func label(at index: Int) -> Int {
        let levels = shapes.factors(at: index)
        return domains.domain(factors.map { levels[$0] })
    }
}
