/// How `GIFEncoder` maps colours to a GIF's at most 256 palette entries.
/// Gray frames always use an exact 256-level gray palette.
public enum GIFPalette: Sendable, Equatable {
    /// Median cut per frame: each frame gets its own (local) palette of at
    /// most 256 colours; exact when a frame has no more than 256 colours.
    case medianCut
    /// One fixed global palette of 6 x 7 x 6 levels (red, green, blue), the
    /// nearest entry for each pixel: fast, stable across frames, coarse.
    case fixed676
}
