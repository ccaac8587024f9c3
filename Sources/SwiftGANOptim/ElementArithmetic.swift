/// `start + weight * (end - start)`, evaluated as PyTorch's `lerp` kernel does:
/// from `end` when `weight` is 0.5 or more, which keeps weights near 1 accurate.
@inline(__always)
func lerp(_ start: Float, _ end: Float, _ weight: Float) -> Float {
    abs(weight) < 0.5 ? start + weight * (end - start) : end - (end - start) * (1 - weight)
}

/// `x` limited to `[-limit, limit]`; NaN stays NaN (as PyTorch's `clamp`).
@inline(__always)
func clamp(_ x: Float, _ limit: Float) -> Float {
    x < -limit ? -limit : (x > limit ? limit : x)
}
