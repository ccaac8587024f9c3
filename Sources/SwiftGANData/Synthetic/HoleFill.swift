/// What fills the hole of an inpainting input.
public enum HoleFill: Sendable, Equatable {
    /// Zeros.
    case zero
    /// Uniform noise in [0, 1), drawn from the example's own generator.
    case noise
}
