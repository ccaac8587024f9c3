extension Dataset {
    /// The examples at `indices` as one batch in [-1, 1], as the data loader
    /// delivers them to training (no augmentation): for measures that read real images.
    public func normalizedBatch(indices: [Int]) throws -> Batch {
        try BatchAssembler(dataset: self, normalize: true, augmentation: nil, seed: 0).batch(indices: indices, position: LoaderPosition())
    }
}
