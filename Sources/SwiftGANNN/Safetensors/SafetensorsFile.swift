import Foundation
import SwiftGANKernels

/// The contents of a safetensors file: named tensors and string metadata.
///
/// Read one with `init(data:path:)` or `init(contentsOf:)`, which check the
/// whole format and throw a `SafetensorsError` naming the file and the problem;
/// write one with `serialized()` or, atomically, `write(to:)`.
public struct SafetensorsFile: Equatable, Sendable {
    /// The tensors by name.
    public internal(set) var tensors: [String: SafetensorsTensor]
    /// The `__metadata__` strings.
    public var metadata: [String: String]

    /// A file without tensors.
    public init(metadata: [String: String] = [:]) {
        tensors = [:]
        self.metadata = metadata
    }

    /// A file holding `tensors`; throws if a name is `__metadata__`, which is reserved.
    public init(tensors: [String: SafetensorsTensor], metadata: [String: String] = [:]) throws(SafetensorsError) {
        self.init(metadata: metadata)
        for (name, tensor) in tensors { try setTensor(tensor, named: name) }
    }

    /// The tensor names, sorted by their UTF-8 bytes (the order they are written in).
    public var names: [String] { tensors.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }

    /// The tensor named `name`, if any.
    public subscript(name: String) -> SafetensorsTensor? { tensors[name] }

    /// Stores `tensor` under `name` (replacing any tensor of that name), or removes the tensor when `nil`.
    public mutating func setTensor(_ tensor: SafetensorsTensor?, named name: String) throws(SafetensorsError) {
        guard name != SafetensorsHeader.metadataKey else { throw SafetensorsError(path: nil, problem: .reservedName(name: name)) }
        tensors[name] = tensor
    }

    /// The tensor named `name` converted to `Float`.
    public func array(named name: String) throws(SafetensorsError) -> NDArray {
        guard let tensor = tensors[name] else { throw SafetensorsError(path: nil, problem: .tensorNotFound(name: name)) }
        return tensor.toNDArray()
    }

    /// Stores `array` under `name` as `dtype` (see `SafetensorsTensor.init(_:dtype:)` for the conversion).
    public mutating func setArray(_ array: NDArray, named name: String, dtype: SafetensorsDType = .f32) throws(SafetensorsError) {
        try setTensor(SafetensorsTensor(array, dtype: dtype, tensorName: name), named: name)
    }
}
