import Dispatch
import Foundation

/// Splits element-wise work over the cores when it is large enough to pay for it.
public enum Parallel {
    /// Below this many elements, work stays on the calling thread
    /// (a `concurrentPerform` costs about a microsecond).
    public static let threshold = 65_536

    /// Number of worker threads used for large loops.
    public static let workerCount: Int = {
        if let text = ProcessInfo.processInfo.environment["SWIFTGAN_NUM_THREADS"], let n = Int(text), n > 0 {
            return n
        }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }()

    /// Calls `body` on disjoint subranges that cover `0..<count`, in parallel
    /// when `count * costPerElement` reaches `threshold`.
    @inline(__always)
    public static func forEachChunk(_ count: Int, costPerElement: Int = 1, _ body: (Range<Int>) -> Void) {
        let workers = workerCount
        if count * costPerElement < threshold || workers == 1 {
            body(0..<count)
            return
        }
        let chunks = min(workers, count)
        withoutActuallyEscaping(body) { escapable in
            let box = UncheckedBox(escapable)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = count * chunk / chunks
                let end = count * (chunk + 1) / chunks
                box.value(start..<end)
            }
        }
    }
}

/// Carries a non-Sendable value into `concurrentPerform`, whose chunks touch
/// disjoint memory by construction.
@usableFromInline
struct UncheckedBox<T>: @unchecked Sendable {
    @usableFromInline let value: T
    @usableFromInline init(_ value: T) { self.value = value }
}
