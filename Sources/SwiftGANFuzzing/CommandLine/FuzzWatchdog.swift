import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Guards a fuzz campaign that runs cases in its own process: a signal (a
/// trap, a bad access, an abort), a case running past `hangSeconds` or the
/// process's resident memory passing `memoryLimit` ends the process at once
/// with the case that did it written to `reportDescriptor` and exit code 70
/// (signal), 71 (hang) or 72 (memory).
enum FuzzWatchdog {
    nonisolated(unsafe) private static var caseText = UnsafeMutablePointer<UInt8>.allocate(capacity: 65_536)
    nonisolated(unsafe) private static var caseLength = 0
    nonisolated(unsafe) private static var caseStart = 0.0
    nonisolated(unsafe) private static var reportDescriptor: Int32 = 2
    nonisolated(unsafe) private static var hangSeconds = 60.0
    nonisolated(unsafe) private static var memoryLimit = 4 << 30
    nonisolated(unsafe) private static var isWatching = false
    private static let guardedSignals = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]
    nonisolated(unsafe) private static var previousHandlers: [Int32: sighandler_t?] = [:]

    /// Installs the signal handlers and starts the watching thread.
    static func start(reportingTo descriptor: Int32, hangSeconds: Double, memoryLimit: Int) {
        (reportDescriptor, Self.hangSeconds, Self.memoryLimit, isWatching) = (descriptor, hangSeconds, memoryLimit, true)
        for number in guardedSignals {
            previousHandlers[number] = signal(number) { _ in FuzzWatchdog.fail(code: 70) }
        }
        let thread = Thread {
            while isWatching {
                usleep(200_000)
                let start = caseStart
                if start > 0 && now() - start > FuzzWatchdog.hangSeconds { fail(code: 71) }
                if residentBytes() > FuzzWatchdog.memoryLimit { fail(code: 72) }
            }
        }
        thread.start()
    }

    /// Stops watching and gives the signals back to the handlers they had.
    static func stop() {
        isWatching = false
        caseStart = 0
        for number in guardedSignals { signal(number, previousHandlers[number] ?? SIG_DFL) }
    }

    /// Marks the start of a case described by `text`.
    static func begin(_ text: String) {
        caseStart = 0
        let bytes = Array(text.utf8.prefix(65_000))
        bytes.withUnsafeBufferPointer { caseText.update(from: $0.baseAddress!, count: $0.count) }
        caseLength = bytes.count
        caseStart = now()
    }

    /// Marks the end of the current case.
    static func end() {
        caseStart = 0
    }

    /// The resident memory of this process, from `/proc/self/statm` (0 where there is none).
    static func residentBytes() -> Int {
        let descriptor = open("/proc/self/statm", O_RDONLY)
        guard descriptor >= 0 else { return 0 }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 127) }
        guard count > 0 else { return 0 }
        let fields = String(decoding: buffer.prefix(count), as: UTF8.self).split(separator: " ")
        return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// Writes the failing case and quits; only async-signal-safe calls.
    private static func fail(code: Int32) -> Never {
        let kind: StaticString = code == 70 ? "crash (signal) in case: " : code == 71 ? "hang in case: " : "memory past the bound in case: "
        _ = write(reportDescriptor, kind.utf8Start, kind.utf8CodeUnitCount)
        _ = write(reportDescriptor, caseText, caseLength)
        _ = write(reportDescriptor, "\n", 1)
        _exit(code)
    }
}
