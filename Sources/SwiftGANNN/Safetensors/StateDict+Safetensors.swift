extension StateDict {
    /// Every tensor of `file` converted to `Float`, in name order (as `names`).
    public init(_ file: SafetensorsFile) {
        self.init(file.names.map { ($0, file.tensors[$0]!.toNDArray()) })
    }
}
