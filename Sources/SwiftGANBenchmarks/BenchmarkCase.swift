import Foundation
import SwiftGAN

/// One timed case: `prepare` builds the inputs once and returns the body to repeat.
public struct BenchmarkCase {
    public let name: String
    /// Floating-point operations or bytes moved per call, for the derived rate.
    let workPerCall: Double
    let workUnit: String
    /// Training steps per call (a whole cycle of lazy phases), for `steps_per_s`.
    var stepsPerCall: Double = 1
    let prepare: () -> () -> Void

    /// Warms up (3 calls and a fifth of `seconds`), then times five windows and reports the median calls per second as a JSON line.
    public func run(seconds: Double) -> String {
        let body = prepare()
        let warmUpStart = DispatchTime.now().uptimeNanoseconds
        var warmUpCalls = 0
        while warmUpCalls < 3 || Double(DispatchTime.now().uptimeNanoseconds - warmUpStart) / 1e9 < seconds / 5 {
            body()
            warmUpCalls += 1
        }
        var rates: [Double] = []
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            var calls = 0
            var elapsed = 0.0
            repeat {
                body()
                calls += 1
                elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            } while elapsed < seconds / 5
            rates.append(Double(calls) / elapsed)
        }
        let median = rates.sorted()[2]
        let threads = Parallel.workerCount
        let rate = median * workPerCall / 1e9
        return #"{"case": "\#(name)", "engine": "swiftgan", "threads": \#(threads), "steps_per_s": \#(round(median * stepsPerCall * 1000) / 1000), "\#(workUnit)": \#(round(rate * 100) / 100)}"#
    }
}
