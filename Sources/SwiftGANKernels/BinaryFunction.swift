/// The element-wise functions of two broadcast arguments that the kernels provide.
public enum BinaryFunction: String, Sendable {
    case add, subtract, multiply, divide, power, minimum, maximum
    /// Comparisons give 1 for true and 0 for false.
    case equal, notEqual, less, lessEqual, greater, greaterEqual
}
