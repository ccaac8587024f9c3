/// A dense, row-major, contiguous n-dimensional array of `Float`.
///
/// `NDArray` is the value the kernels work on: it carries no gradient
/// information. Images are NCHW. Every kernel returns a new array; arrays are
/// values (copy-on-write when mutated through `withUnsafeMutableBufferPointer`).
public struct NDArray: @unchecked Sendable {
    /// The extent of each dimension; `[]` is a scalar.
    public let shape: [Int]
    /// The elements, row-major (shared between copies; writers go through
    /// `withUnsafeMutableBufferPointer`, which copies shared storage first).
    package private(set) var storage: ArrayStorage

    /// Number of elements.
    public var count: Int { storage.count }
    /// Number of dimensions.
    @inlinable public var rank: Int { shape.count }

    /// Wraps existing storage; `storage.count` must equal the product of `shape`.
    package init(shape: [Int], storage: ArrayStorage) {
        precondition(shape.allSatisfy { $0 >= 0 }, "NDArray: negative dimension in shape \(shape)")
        precondition(
            Shape.count(shape) == storage.count,
            "NDArray: shape \(shape) needs \(Shape.count(shape)) elements, storage has \(storage.count)")
        self.shape = shape
        self.storage = storage
    }

    /// An array whose elements are not yet written; the caller fills every one.
    public init(uninitializedShape shape: [Int]) {
        self.init(shape: shape, storage: ArrayStorage(uninitializedCount: Shape.count(shape)))
    }

    /// An array of zeros.
    public init(zeros shape: [Int]) {
        self.init(shape: shape, storage: ArrayStorage(zeroedCount: Shape.count(shape)))
    }

    /// An array with every element equal to `value`.
    public init(repeating value: Float, shape: [Int]) {
        self.init(uninitializedShape: shape)
        storage.pointer.update(repeating: value, count: count)
    }

    /// An array from row-major elements.
    public init(_ elements: [Float], shape: [Int]) {
        precondition(
            elements.count == Shape.count(shape),
            "NDArray: \(elements.count) elements do not fill shape \(shape)")
        self.init(uninitializedShape: shape)
        elements.withUnsafeBufferPointer { storage.pointer.update(from: $0.baseAddress!, count: elements.count) }
    }

    /// A rank-0 array.
    public init(scalar: Float) {
        self.init([scalar], shape: [])
    }

    /// The elements as a Swift array.
    public var elements: [Float] { Array(UnsafeBufferPointer(start: storage.pointer, count: count)) }

    /// The only element of a one-element array.
    public var scalarValue: Float {
        precondition(count == 1, "NDArray.scalarValue: shape \(shape) has \(count) elements")
        return storage.pointer[0]
    }

    /// Read-only access to the elements.
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Float>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: storage.pointer, count: count))
    }

    /// Write access to the elements; copies the storage first if it is shared.
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (UnsafeMutableBufferPointer<Float>) throws -> R
    ) rethrows -> R {
        if !isKnownUniquelyReferenced(&storage) {
            let copy = ArrayStorage(uninitializedCount: count)
            copy.pointer.update(from: storage.pointer, count: count)
            storage = copy
        }
        return try body(UnsafeMutableBufferPointer(start: storage.pointer, count: count))
    }

    /// The same elements viewed with another shape of equal element count (no copy).
    public func reshaped(_ newShape: [Int]) -> NDArray {
        precondition(
            Shape.count(newShape) == count,
            "reshape: cannot view shape \(shape) (\(count) elements) as \(newShape)")
        return NDArray(shape: newShape, storage: storage)
    }

    /// The element at a multi-index (slow; for tests and small inspections).
    public subscript(index: [Int]) -> Float {
        precondition(index.count == rank, "NDArray subscript: index \(index) for shape \(shape)")
        var offset = 0
        for (axis, i) in index.enumerated() {
            precondition(i >= 0 && i < shape[axis], "NDArray subscript: index \(index) out of bounds for shape \(shape)")
            offset = offset * shape[axis] + i
        }
        return storage.pointer[offset]
    }
}
