import ArgumentParser

/// `--seed N`, shared by every command that draws random numbers: the run's
/// seed for `train`, the seed of the samples drawn for `sample`, `quality` and `eval`.
struct SeedOptions: ParsableArguments {
    @Option(
        parsing: .unconditional,
        help: "The seed, 0 to 2^64-1: of the run for train (default: the configuration's); of the samples drawn for sample and eval (default: 0) and quality (default: the run's seed + 99, as at the end of training).")
    var seed: UInt64?
}
