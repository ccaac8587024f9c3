extension SafetensorsFile {
    /// A file holding every entry of `state` as `dtype`, with `metadata`.
    public init(stateDict state: StateDict, dtype: SafetensorsDType = .f32, metadata: [String: String] = [:]) throws(SafetensorsError) {
        self.init(metadata: metadata)
        for (name, value) in state.entries { try setArray(value, named: name, dtype: dtype) }
    }
}
