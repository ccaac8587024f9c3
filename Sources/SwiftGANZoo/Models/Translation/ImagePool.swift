import SwiftGANKernels
import SwiftGANNN
import SwiftGANOptim

/// The history of generated images a discriminator also sees (Shrivastava
/// et al. 2017, as CycleGAN uses it): until `capacity` images are stored,
/// each new image is stored and returned; after that each new image is, with
/// probability 1/2, swapped for a stored one drawn uniformly (the stored one
/// returned, the new one kept in its place), and otherwise returned as it is.
/// A capacity of 0 returns every batch unchanged. Saved with checkpoints.
public final class ImagePool: CheckpointState {
    public let capacity: Int
    /// The stored images, each `[C, H, W]`.
    public private(set) var images: [NDArray] = []

    public init(capacity: Int) {
        precondition(capacity >= 0, "ImagePool: capacity \(capacity) must not be negative")
        self.capacity = capacity
    }

    /// The batch `[N, C, H, W]` the discriminator sees for the new images `batch`, drawing from `random`.
    public func query(_ batch: NDArray, random: inout RandomGenerator) -> NDArray {
        guard capacity > 0 else { return batch }
        let shape = Array(batch.shape.dropFirst())
        let rows = (0..<batch.shape[0]).map { i -> NDArray in
            let image = batch.slice(axis: 0, start: i, end: i + 1).reshaped(shape)
            if images.count < capacity {
                images.append(image)
                return image
            }
            guard random.nextUnitFloat() < 0.5 else { return image }
            let slot = Int(random.next() % UInt64(capacity))
            defer { images[slot] = image }
            return images[slot]
        }
        return NDArray.concatenate(rows.map { $0.reshaped([1] + shape) }, axis: 0)
    }

    public func stateDict() -> StateDict {
        var state = StateDict()
        state["count"] = NDArray(scalar: Float(images.count))
        if let first = images.first { state["images"] = NDArray.concatenate(images.map { $0.reshaped([1] + first.shape) }, axis: 0) }
        return state
    }

    public func load(_ state: StateDict) throws {
        guard let count = state["count"].map({ Int($0.scalarValue) }), (0...capacity).contains(count) else {
            throw CheckpointError(path: nil, problem: "the image pool state lacks a count from 0 to its capacity \(capacity)")
        }
        guard count > 0 else { images = []; return }
        guard let stacked = state["images"], stacked.rank == 4, stacked.shape[0] == count else {
            throw CheckpointError(path: nil, problem: "the image pool state lacks its \(count) images [N, C, H, W]")
        }
        images = (0..<count).map { stacked.slice(axis: 0, start: $0, end: $0 + 1).reshaped(Array(stacked.shape.dropFirst())) }
    }
}
