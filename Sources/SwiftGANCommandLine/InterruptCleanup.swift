import Dispatch
import Foundation
import SwiftGAN

/// Ctrl-C or SIGTERM during a command other than `train` (which stops after
/// its step instead) quits at once after removing the temporary files of the
/// atomic writes under way, so an interrupted `sample` or `interpolate`
/// leaves its outputs as they were, without hidden `.tmp-` files beside them.
enum InterruptCleanup {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { quit(after: number) }
            source.resume()
            sources.append(source)
        }
    }

    /// Removes the temporary files of the writes under way, flushes standard
    /// output and quits at once with 128 + `number`, running no exit handler or
    /// static destructor (the main thread may be inside a kernel that uses them).
    static func quit(after number: Int32) -> Never {
        TemporaryFiles.shared.removeAll()
        fflush(nil)
        _exit(128 + number)
    }
}
