extension Image {
    /// The largest pixel count a decoder accepts (2^26, e.g. 8192 x 8192): a
    /// header claiming more is rejected before anything is allocated.
    public static let maximumPixelCount = 1 << 26

    /// Throws a `DataError` unless `width x height` is positive and at most
    /// `maximumPixelCount` pixels.
    static func checkSize(width: Int, height: Int, path: String?, offset: Int?) throws {
        guard width > 0, height > 0 else {
            throw DataError(path: path, offset: offset, problem: "the image has no pixels (\(width)x\(height))")
        }
        guard width <= maximumPixelCount, height <= maximumPixelCount, width * height <= maximumPixelCount else {
            throw DataError(
                path: path, offset: offset,
                problem: "\(width)x\(height) pixels is more than the \(maximumPixelCount) an image may have")
        }
    }
}
