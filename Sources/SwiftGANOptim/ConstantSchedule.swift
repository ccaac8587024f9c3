/// The same learning rate at every step.
public struct ConstantSchedule: LearningRateSchedule {
    /// The learning rate.
    public let value: Float

    /// A schedule that always gives `value`.
    public init(_ value: Float) {
        self.value = value
    }

    /// `value`.
    public func learningRate(atStep step: Int) -> Float { value }
}
