import ArgumentParser

/// The `swiftgan` command line: `SwiftGANCommand.main()` runs it with the
/// process's arguments; `parseAsRoot(_:)` and `run()` run one in process.
public struct SwiftGANCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "swiftgan",
        abstract: "Train, sample and evaluate generative adversarial networks on the CPU.",
        subcommands: [
            TrainCommand.self, SampleCommand.self, InterpolateCommand.self, EvalCommand.self, ModelsCommand.self, DatasetsCommand.self,
            InspectCommand.self, QualityCommand.self, EditCommand.self, BenchCommand.self, TrainClassifierCommand.self, TranslateCommand.self, EnhanceCommand.self, EvalRestorationCommand.self, TradeoffCommand.self,
        ])

    public init() {}
}
