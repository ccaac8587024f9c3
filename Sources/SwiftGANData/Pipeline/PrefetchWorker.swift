import Foundation

/// Makes batches ahead of time on a background thread, in order, keeping at
/// most `capacity` ready. Errors are delivered with the batch they belong to.
final class PrefetchWorker: @unchecked Sendable {
    private let plan: BatchPlan
    private let assembler: BatchAssembler
    private let capacity: Int
    private let condition = NSCondition()
    private var ready: [Result<Batch, any Error>] = []
    private var nextPosition: LoaderPosition
    private var stopped = false

    init(plan: BatchPlan, assembler: BatchAssembler, capacity: Int, start: LoaderPosition) {
        (self.plan, self.assembler, self.capacity, nextPosition) = (plan, assembler, capacity, start)
        Thread.detachNewThread { [self] in run() }
    }

    /// The next batch in order, waiting for it if needed.
    func take() -> Result<Batch, any Error> {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty { condition.wait() }
        let batch = ready.removeFirst()
        condition.broadcast()
        return batch
    }

    /// Ends the thread after the batch it is making.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while ready.count >= capacity && !stopped { condition.wait() }
            if stopped {
                condition.unlock()
                return
            }
            let position = nextPosition
            nextPosition = plan.next(after: position)
            condition.unlock()
            let result = Result { try assembler.batch(indices: plan.indices(at: position), position: position) }
            condition.lock()
            ready.append(result)
            condition.broadcast()
            condition.unlock()
        }
    }
}
