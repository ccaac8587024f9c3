/// Where a `PhotoCrops` example comes from: the photo, the crop in it, and for
/// inpainting the hole, in crop coordinates.
public struct CropPlacement: Sendable, Hashable {
    /// The index of the photo.
    public let photo: Int
    /// The crop, in photo coordinates.
    public let crop: PixelRectangle
    /// The hole, in crop coordinates (inpainting only).
    public let hole: PixelRectangle?

    /// A placement in photo `photo`.
    public init(photo: Int, crop: PixelRectangle, hole: PixelRectangle?) {
        (self.photo, self.crop, self.hole) = (photo, crop, hole)
    }
}
