/// Two views of the same examples as translation pairs: example `i` is
/// `A`'s example `i` with `B`'s image `i` as its target (the same digit in
/// both domains, for measuring translators held out).
public struct PairedDomains: Dataset {
    public let domainA: any Dataset
    public let domainB: any Dataset

    public init(_ domainA: any Dataset, _ domainB: any Dataset) {
        precondition(domainA.count == domainB.count, "PairedDomains: \(domainA.count) examples in A, \(domainB.count) in B")
        (self.domainA, self.domainB) = (domainA, domainB)
    }

    public var count: Int { domainA.count }
    public var classCount: Int? { domainA.classCount }

    public func example(at index: Int) throws -> Example {
        var example = try domainA.example(at: index)
        example.target = try domainB.example(at: index).image
        return example
    }
}
