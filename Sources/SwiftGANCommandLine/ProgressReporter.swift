import Foundation

/// Shows training progress: on a terminal, a live bar on standard error with
/// steps per second, the time left and the current losses; otherwise one
/// plain JSON line per log interval on standard output, for logs and CI.
struct ProgressReporter {
    let total: Int
    let logEvery: Int
    let interactive = isatty(STDERR_FILENO) == 1
    private let started = Date()
    private let startStep: Int
    private var lastDrawn = Date.distantPast

    init(total: Int, logEvery: Int, startStep: Int) {
        (self.total, self.logEvery, self.startStep) = (total, logEvery, startStep)
    }

    mutating func update(step: Int, metrics: [String: Float]) {
        let elapsed = Date().timeIntervalSince(started)
        let rate = Double(step - startStep) / max(elapsed, 1e-9)
        if interactive {
            guard Date().timeIntervalSince(lastDrawn) > 0.2 || step == total else { return }
            lastDrawn = Date()
            let width = 30, filled = Int(Double(width) * Double(step) / Double(max(total, 1)))
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            let left = rate > 0 ? Self.duration(Double(total - step) / rate) : "?"
            let losses = metrics.filter { $0.key.hasPrefix("loss_") }.sorted { $0.key < $1.key }
                .map { "\($0.key) \(String(format: "%.3f", $0.value))" }.joined(separator: " ")
            let line = "\r[\(bar)] \(step)/\(total) \(String(format: "%.1f", rate)) it/s eta \(left) \(losses)"
            FileHandle.standardError.write(Data((line + "\u{1B}[K" + (step == total ? "\n" : "")).utf8))
        } else if step % logEvery == 0 || step == total {
            let fields = metrics.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value.isFinite ? "\($0.value)" : "null")" }
            let line = "{\"step\": \(step), \"seconds\": \(Int(elapsed)), " + (fields + ["\"steps_per_s\": \((rate * 10).rounded() / 10)"]).joined(separator: ", ") + "}\n"
            FileHandle.standardOutput.write(Data(line.utf8))
        }
    }

    /// Ends a live bar's line.
    func finish() {
        if interactive { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 3600 ? String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60) : String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
