extension ImageFolderDataset {
    /// Reads every file and checks its structure (for PNG, every chunk and
    /// critical CRC; for JPEG, the header), so that a damaged file, one that is not an
    /// image, or one of another size (without a resize) is found before
    /// training starts instead of when it is first drawn. All such files are
    /// reported in one error: how many, and the first `shown` with their reasons.
    public func validateFiles(shown: Int = 10) throws {
        var problems: [String] = []
        for path in paths {
            do {
                let size = try ImageCodec.size(ImageCodec.readBytes(path), path: path)
                if loading.size == nil && (size.width != firstSize.width || size.height != firstSize.height) {
                    problems.append("\(path): \(size.width)x\(size.height), not \(firstSize.width)x\(firstSize.height) as \(firstSize.path)")
                }
            } catch {
                problems.append("\(error)")
            }
        }
        guard !problems.isEmpty else { return }
        let listed = problems.prefix(shown).joined(separator: "; ")
        let more = problems.count > shown ? "; and \(problems.count - shown) more" : ""
        throw DataError(path: root, problem: "\(problems.count) of \(paths.count) image files cannot be used: \(listed)\(more)")
    }
}
