/// A training run that cannot go on, saying what happened and where.
public struct TrainingError: Error, CustomStringConvertible, Equatable {
    public let step: Int
    public let problem: String

    public init(step: Int, problem: String) {
        self.step = step
        self.problem = problem
    }

    public var description: String { "training stopped at step \(step): \(problem)" }
}
