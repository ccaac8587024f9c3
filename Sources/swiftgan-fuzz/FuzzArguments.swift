/// The fuzzer's command line: `--format NAME` (default every file format; `cli`
/// fuzzes the `swiftgan` command line itself), `--seed N` (default 1) and
/// `--cases N` (default 100,000 per format).
struct FuzzArguments {
    /// The formats whose readers can be fuzzed.
    static let formats = ["safetensors", "idx", "cifar", "npy", "npz", "png", "jpeg"]
    /// What can be fuzzed: the file formats and the command line.
    static let targets = formats + ["cli"]
    /// The formats to fuzz.
    var selected = FuzzArguments.formats
    /// The seed of the mutation sequence.
    var seed: UInt64 = 1
    /// How many mutants to parse.
    var cases = 100_000

    /// The help text for a command line that is not understood.
    static let usage = "usage: swiftgan-fuzz [--format \(targets.joined(separator: "|"))] [--seed N] [--cases N]"

    /// Parses `arguments` (without the program name); `nil` when they are not understood.
    init?(_ arguments: [String]) {
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            guard let value = remaining.popFirst() else { return nil }
            switch flag {
            case "--format":
                guard Self.targets.contains(value) else { return nil }
                selected = [value]
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
