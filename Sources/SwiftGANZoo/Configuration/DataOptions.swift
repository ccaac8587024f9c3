/// The `data:` section: where your own data is and the shape images are read at.
public struct DataOptions: OptionSection {
    /// The folder or NPY file of the `folder` and `npy` datasets.
    public var path: String?
    /// The channels images are read with (1 or 3); nil: the dataset's own (3 for a folder).
    public var channels: Int?
    /// Images are resized to this many pixels square; nil: the dataset's own size (28 for a folder).
    public var resolution: Int?
    /// Your translation folders' images are resized to this shorter side, then cut to `resolution` (pix2pix's `load_size`); nil: `resolution`.
    public var loadSize: Int?
    /// The photos_ restoration sets flip each training patch left-right and
    /// up-down and transpose it, each with probability 1/2 (BasicSR's
    /// `use_hflip` and `use_rot`); nil or false: patches as cropped.
    public var augment: Bool?

    public init() {}
}
