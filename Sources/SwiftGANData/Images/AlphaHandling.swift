/// What happens to an alpha channel when an image is converted to channels without one.
public enum AlphaHandling: Sendable, Equatable {
    /// Drop alpha and keep the stored colour, as PIL's `convert("RGB")` /
    /// `convert("L")` and torchvision's `ImageFolder` loader do.
    case drop
    /// Composite over a uniform background level in [0, 1] (1 is white):
    /// `colour * alpha + background * (1 - alpha)`.
    case composite(background: Float)
}
