import ArgumentParser

/// The `swiftgan` command line.
@main
struct SwiftGANCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swiftgan",
        abstract: "Train, sample and evaluate generative adversarial networks on the CPU.",
        subcommands: [
            TrainCommand.self, SampleCommand.self, InterpolateCommand.self, EvalCommand.self, ModelsCommand.self, DatasetsCommand.self,
            InspectCommand.self, QualityCommand.self, BenchCommand.self, TrainClassifierCommand.self,
        ])
}
