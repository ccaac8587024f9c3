/// The `raisr:` section: the learned filters of Romano et al.
public struct RAISROptions: ModelOptions {
    /// The side of each filter (odd; the paper's 11, 7 by default to keep the statistics small).
    public var filterSize = 7
    /// The side of the window the gradients' structure tensor is summed over (odd; 9).
    public var hashWindow = 9
    /// The ridge added to each bucket's normal equations, relative to their mean diagonal.
    public var ridge: Double = 0.01

    public init() {}
}
