import Foundation

/// The OpenMP runtime that oneDNN runs on, found at run time (`dlsym`), so
/// the Swift kernels share oneDNN's worker threads instead of starting a
/// second pool that would compete with it for the cores. The only file that
/// calls OpenMP.
enum OpenMP {
    typealias ParallelFunction = @convention(c) (
        @convention(c) (UnsafeMutableRawPointer?) -> Void, UnsafeMutableRawPointer?, UInt32, UInt32
    ) -> Void
    typealias IntFunction = @convention(c) () -> Int32
    typealias SetThreadsFunction = @convention(c) (Int32) -> Void

    struct Runtime: @unchecked Sendable {
        let parallel: ParallelFunction
        let threadNumber: IntFunction
        let threadCount: IntFunction
        let maxThreads: IntFunction
        let setThreads: SetThreadsFunction
    }

    /// The runtime, or nil when no OpenMP library is loaded (then Dispatch is used).
    static let runtime: Runtime? = {
        let handle = dlopen(nil, RTLD_NOW)
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            dlsym(handle, name).map { unsafeBitCast($0, to: type) }
        }
        guard
            let parallel = symbol("GOMP_parallel", as: ParallelFunction.self),
            let threadNumber = symbol("omp_get_thread_num", as: IntFunction.self),
            let threadCount = symbol("omp_get_num_threads", as: IntFunction.self),
            let maxThreads = symbol("omp_get_max_threads", as: IntFunction.self),
            let setThreads = symbol("omp_set_num_threads", as: SetThreadsFunction.self)
        else { return nil }
        return Runtime(parallel: parallel, threadNumber: threadNumber, threadCount: threadCount, maxThreads: maxThreads, setThreads: setThreads)
    }()

    /// Runs `body(thread, threadCount)` once on each thread of a parallel region.
    static func parallel(_ runtime: Runtime, _ body: (Int, Int) -> Void) {
        withoutActuallyEscaping(body) { escapable in
            var context = Context(body: escapable, runtime: runtime)
            withUnsafeMutablePointer(to: &context) { pointer in
                runtime.parallel({ raw in
                    let context = raw!.assumingMemoryBound(to: Context.self).pointee
                    context.body(Int(context.runtime.threadNumber()), Int(context.runtime.threadCount()))
                }, UnsafeMutableRawPointer(pointer), 0, 0)
            }
        }
    }

    private struct Context {
        let body: (Int, Int) -> Void
        let runtime: Runtime
    }
}
