import SwiftGANKernels

/// Two image domains seen unpaired, as CycleGAN trains on them: example `i`
/// is domain `A`'s example `i` with a `B` example drawn from `seed` and `i`
/// in `Example.target` (not a match). The label is `A`'s.
public struct UnpairedView: Dataset {
    /// Domain `A`: the inputs.
    public let domainA: any Dataset
    /// Domain `B`: the targets' pool.
    public let domainB: any Dataset
    /// Seeds the choice of each example's `B` partner.
    public let seed: UInt64

    public init(_ domainA: any Dataset, _ domainB: any Dataset, seed: UInt64) {
        precondition(domainB.count > 0, "UnpairedView: domain B is empty")
        (self.domainA, self.domainB, self.seed) = (domainA, domainB, seed)
    }

    public var count: Int { domainA.count }
    public var classCount: Int? { domainA.classCount }

    /// The index of the `B` example partnered with example `index`: uniform over `B`, fixed by `seed` and `index`.
    public func partnerIndex(of index: Int) -> Int {
        var generator = SyntheticSeed.generator(seed: seed, index: index)
        return SyntheticSeed.below(domainB.count, &generator)
    }

    public func example(at index: Int) throws -> Example {
        var example = try domainA.example(at: index)
        example.target = try domainB.example(at: partnerIndex(of: index)).image
        return example
    }
}
