/// Where `ImageLoading` cuts its square from an image whose shorter side was resized.
public enum ImageCrop: Sendable, Equatable {
    /// The centre (torchvision's `CenterCrop`).
    case center
    /// A random position drawn from `seed` and the example's index, so that an
    /// example gets the same crop each time it is read; change the seed (say,
    /// each epoch) for new crops.
    case random(seed: UInt64)
}
