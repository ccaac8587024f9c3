import Foundation

extension Module {
    /// Writes this module's state dict (parameters and buffers under their
    /// PyTorch keys) to a safetensors file at `url`, atomically.
    ///
    /// `dtype` chooses the stored element type (`F32` by default; `F16` and
    /// `BF16` round to nearest even); buffers with a `savedType` keep theirs.
    public func save(to url: URL, metadata: [String: String] = [:], dtype: SafetensorsDType = .f32) throws {
        var file = try SafetensorsFile(stateDict: stateDict(), dtype: dtype, metadata: metadata)
        for (name, buffer) in namedBuffers() {
            if let savedType = buffer.savedType { try file.setArray(buffer.value, named: name, dtype: savedType) }
        }
        try file.write(to: url)
    }

    /// Loads parameters and buffers from the safetensors file at `url` with
    /// `load(_:strict:)`: throws `SafetensorsError` for a bad file and
    /// `StateDictMismatch` for a file that does not fit this module.
    public func load(from url: URL, strict: Bool = true) throws {
        try load(StateDict(SafetensorsFile(contentsOf: url)), strict: strict)
    }
}
