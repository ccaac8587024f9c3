/// What a model's inference takes.
public enum ModelInput: String, Codable, Sendable, CaseIterable {
    /// Noise: an unconditional generator.
    case noise
    /// Noise and a class label: a conditional generator.
    case noiseAndLabel = "noise_and_label"
    /// An image: translation, restoration, an encoder.
    case image
    /// An image and the domain to translate it to (multi-domain translation).
    case imageAndDomain = "image_and_domain"
    /// An image and a mask of the pixels to fill (inpainting).
    case imageAndMask = "image_and_mask"
    /// Nothing: a per-image optimization whose result is its trained state.
    case nothing
}

extension ModelInput {
    /// Whether inference starts from images (translators, restorers), so the model draws nothing from noise.
    public var startsFromImages: Bool { [.image, .imageAndDomain, .imageAndMask].contains(self) }
}
