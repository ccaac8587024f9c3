/// The size of a dataset's first image, which the others must share when no
/// resize is asked for.
struct ImageSize: Sendable, Equatable {
    let width: Int
    let height: Int
    /// The file it was read from.
    let path: String
}
