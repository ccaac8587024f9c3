/// Whether tensor operations record a graph for differentiation. Scoped to
/// the current task or thread; switch it with `withoutGrad` / `withGrad`.
public enum GradientRecording {
    @TaskLocal public static var isEnabled: Bool = true
}

/// Runs `body` without recording gradients: results are constants.
public func withoutGrad<R>(_ body: () throws -> R) rethrows -> R {
    try GradientRecording.$isEnabled.withValue(false) { try body() }
}

/// Runs `body` with gradient recording switched on (inside a `withoutGrad` scope, say).
public func withGrad<R>(_ body: () throws -> R) rethrows -> R {
    try GradientRecording.$isEnabled.withValue(true) { try body() }
}
