import Dispatch
import Foundation

/// Turns SIGINT (Ctrl-C) and SIGTERM into a request the training loop sees
/// after its current step, so it can write a checkpoint before exiting.
/// A second signal of the same kind quits at once with `_exit`: no atexit
/// handler or static destructor runs, since the main thread may be inside a
/// kernel that uses them. Every file the run writes is complete on disk after
/// each write (checkpoints atomically, metrics and events appended whole), so
/// quitting loses nothing written; the temporary file of a write it cuts off is removed.
final class StopSignals: @unchecked Sendable {
    private let lock = NSLock()
    private var first: Int32?
    private var sources: [DispatchSourceSignal] = []

    init() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.receive(number) }
            source.resume()
            sources.append(source)
        }
    }

    /// Restores the default handling: after training, Ctrl-C quits at once.
    /// Calling it again does nothing more.
    func stop() {
        for source in sources { source.cancel() }
        sources = []
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }

    /// The first signal received, if any.
    var received: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }

    private func receive(_ number: Int32) {
        lock.lock()
        let repeated = first == number
        if first == nil { first = number }
        lock.unlock()
        if repeated { InterruptCleanup.quit(after: number) }
        FileHandle.standardError.write(Data("\nstopping after this step; writing a checkpoint (signal again to quit at once)\n".utf8))
    }
}
