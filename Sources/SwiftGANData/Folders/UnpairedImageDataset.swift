import SwiftGANKernels

/// Two unpaired image domains (CycleGAN's `trainA/` and `trainB/`), each an
/// `ImageFolderDataset` that can be indexed on its own. Example `i` is `A`'s
/// image `i` with a `B` image drawn from `seed` and `i` in `Example.target`
/// (not a match: the domains are unpaired); change `seed` (say, each epoch)
/// for new partners.
public struct UnpairedImageDataset: Dataset {
    /// Domain `A`.
    public let domainA: ImageFolderDataset
    /// Domain `B`.
    public let domainB: ImageFolderDataset
    /// Seeds the choice of each example's `B` image.
    public var seed: UInt64

    /// `root/trainA` and `root/trainB`.
    public init(root: String, loading: ImageLoading = ImageLoading(), seed: UInt64 = 0) throws {
        try self.init(folderA: root + "/trainA", folderB: root + "/trainB", loading: loading, seed: seed)
    }

    /// Any two folders of images.
    public init(folderA: String, folderB: String, loading: ImageLoading = ImageLoading(), seed: UInt64 = 0) throws {
        domainA = try ImageFolderDataset(root: folderA, loading: loading)
        domainB = try ImageFolderDataset(root: folderB, loading: loading)
        self.seed = seed
    }

    /// As many examples as `A` has images.
    public var count: Int { domainA.count }

    /// The index of the `B` image paired with example `index`: uniform over `B`, fixed by `seed` and `index`.
    public func partnerIndex(of index: Int) -> Int {
        var generator = RandomGenerator(seed: seed ^ UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03)
        return Int(generator.next() % UInt64(domainB.count))
    }

    /// Example `index`, decoded from disk now.
    public func example(at index: Int) throws -> Example {
        let partner = partnerIndex(of: index)
        return Example(image: try domainA.image(at: index).array, target: try domainB.image(at: partner).array)
    }
}
