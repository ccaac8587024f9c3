import Dispatch
import Foundation

/// Splits element-wise work over the cores when it is large enough to pay for it.
///
/// Work runs on OpenMP's threads, the ones oneDNN uses, so one pool serves
/// every kernel; `OMP_NUM_THREADS` (or `Parallel.setThreadCount`) sets its size.
/// Without an OpenMP runtime, Dispatch is used.
public enum Parallel {
    /// Below this many elements (times the per-element cost), work stays on the calling thread.
    public static let threshold = 65_536

    /// Number of threads used for large loops and by oneDNN.
    public static var workerCount: Int {
        if let runtime = OpenMP.runtime { return Int(runtime.maxThreads()) }
        return ProcessInfo.processInfo.activeProcessorCount
    }

    /// Sets the number of threads for the kernels and oneDNN (OpenMP runtimes only).
    public static func setThreadCount(_ count: Int) {
        precondition(count > 0, "Parallel.setThreadCount: \(count) threads")
        OpenMP.runtime?.setThreads(Int32(count))
    }

    /// Calls `body` on disjoint subranges that cover `0..<count`, in parallel
    /// when `count * costPerElement` reaches `threshold`.
    @inline(__always)
    public static func forEachChunk(_ count: Int, costPerElement: Int = 1, _ body: (Range<Int>) -> Void) {
        if count * costPerElement < threshold || count < 2 {
            body(0..<count)
            return
        }
        if let runtime = OpenMP.runtime {
            OpenMP.parallel(runtime) { thread, threads in
                let start = count * thread / threads, end = count * (thread + 1) / threads
                if start < end { body(start..<end) }
            }
            return
        }
        let chunks = min(ProcessInfo.processInfo.activeProcessorCount, count)
        withoutActuallyEscaping(body) { escapable in
            let box = UncheckedBox(escapable)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                box.value(count * chunk / chunks..<count * (chunk + 1) / chunks)
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
