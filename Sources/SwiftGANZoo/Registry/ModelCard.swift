/// What a model is and what it achieved, as model zoos' metafiles record it:
/// `swiftgan models` and `docs/MODELS.md` are generated from the cards.
public struct ModelCard: Sendable, Codable, Equatable {
    /// One line: what the model is.
    public let summary: String
    /// The paper, as authors (year) and title.
    public let paper: String
    public let year: Int
    /// The level of the survey the model belongs to (0: definitions, 1: training, 2: architectures, ...).
    public let level: Int
    /// What it does: generation, conditional generation, representation, ...
    public let task: String
    /// What its inference takes.
    public let input: ModelInput
    /// The measured results of its presets.
    public let results: [MeasuredResult]

    public init(summary: String, paper: String, year: Int, level: Int, task: String, input: ModelInput, results: [MeasuredResult] = []) {
        (self.summary, self.paper, self.year, self.level, self.task, self.input, self.results) = (summary, paper, year, level, task, input, results)
    }
}

/// One measured result of a model: the preset, the figures, the command that
/// reproduces them, and the machine they were measured on.
public struct MeasuredResult: Sendable, Codable, Equatable {
    public let preset: String
    /// Figure name to value, as `quality.json` names them.
    public let figures: [String: Double]
    public let command: String
    /// The CPU and how long it took.
    public let measuredOn: String

    public init(preset: String, figures: [String: Double], command: String, measuredOn: String) {
        (self.preset, self.figures, self.command, self.measuredOn) = (preset, figures, command, measuredOn)
    }
}
