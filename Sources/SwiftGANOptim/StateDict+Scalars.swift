import SwiftGANKernels
import SwiftGANNN

extension StateDict {
    /// Stores `value` as a rank-0 array under `key`.
    mutating func setScalar(_ key: String, _ value: Float) {
        self[key] = NDArray(scalar: value)
    }

    /// Stores a flag as 1 or 0 under `key`.
    mutating func setFlag(_ key: String, _ value: Bool) {
        setScalar(key, value ? 1 : 0)
    }

    /// Stores a counter under `key` (exact up to 2^24).
    mutating func setCount(_ key: String, _ value: Int) {
        setScalar(key, Float(value))
    }
}
