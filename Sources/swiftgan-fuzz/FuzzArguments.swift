/// The fuzzer's command line: `--seed N` (default 1) and `--cases N` (default 100,000).
struct FuzzArguments {
    /// The seed of the mutation sequence.
    var seed: UInt64 = 1
    /// How many mutants to parse.
    var cases = 100_000

    /// The help text for a command line that is not understood.
    static let usage = "usage: swiftgan-fuzz [--seed N] [--cases N]"

    /// Parses `arguments` (without the program name); `nil` when they are not understood.
    init?(_ arguments: [String]) {
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            guard let value = remaining.popFirst() else { return nil }
            switch flag {
            case "--seed":
                guard let seed = UInt64(value) else { return nil }
                self.seed = seed
            case "--cases":
                guard let cases = Int(value), cases >= 0 else { return nil }
                self.cases = cases
            default:
                return nil
            }
        }
    }
}
