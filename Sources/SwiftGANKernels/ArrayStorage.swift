import Foundation

/// A 64-byte aligned, heap-allocated buffer of `Float`s that owns its memory.
///
/// Arrays share storage by reference; writers copy first unless the storage is
/// uniquely referenced (see `NDArray.withUnsafeMutableBufferPointer`).
package final class ArrayStorage: @unchecked Sendable {
    /// The first element.
    package let pointer: UnsafeMutablePointer<Float>
    /// Number of elements.
    package let count: Int

    /// Allocates `count` uninitialized floats.
    package init(uninitializedCount count: Int) {
        precondition(count >= 0, "ArrayStorage: negative element count \(count)")
        self.count = count
        pointer = BufferCache.allocate(count * MemoryLayout<Float>.stride)
            .bindMemory(to: Float.self, capacity: max(count, 1))
    }

    /// Allocates `count` floats set to zero.
    package convenience init(zeroedCount count: Int) {
        self.init(uninitializedCount: count)
        memset(pointer, 0, count * MemoryLayout<Float>.stride)
    }

    deinit { BufferCache.release(pointer, bytes: count * MemoryLayout<Float>.stride) }
}
