import SwiftGANCommandLine
import Foundation
import SwiftGAN

/// Random command lines from a grammar of `swiftgan`: a command, then options
/// drawn from that command's own and a few foreign ones, each with a value
/// that is usually valid, often at an edge (zero, negative, NaN, huge, empty)
/// and sometimes garbage, and paths from the fuzz workspace. Work stays small:
/// steps and sample counts that pass are a few, so a case that takes long is a hang.
struct CommandLineFuzzGrammar {
    let workspace: CommandLineFuzzWorkspace
    var random: SplitMix64
    private var serial = 0

    init(workspace: CommandLineFuzzWorkspace, seed: UInt64) {
        self.workspace = workspace
        random = SplitMix64(seed: seed)
    }

    /// The next command line, without the program name.
    mutating func next() -> [String] {
        serial += 1
        let command = pick(["train", "train", "train", "sample", "sample", "sample", "interpolate", "edit", "translate", "eval", "quality", "inspect", "models", "datasets", "bench", "train-classifier", "--help", "nonsense"])
        var arguments = [command]
        switch command {
        case "train":
            if chance(0.35) {
                arguments += ["--resume", value(workspace.runFolders, edges: workspace.inputs)]
                if chance(0.3) { arguments += ["--from", pick(["step-1", "step-2", "2", "step-99", "x", ""])] }
            } else {
                arguments.append(value(Array(workspace.configurations.prefix(1)) + ["ring8", "grid25"], edges: workspace.configurations))
            }
            arguments += ["--runs", chance(0.9) ? scratchPath("runs") : pick(workspace.unwritable)]
            arguments += options([
                ("--steps", Self.steps), ("--seed", Self.seeds), ("--log-every", Self.small), ("--sample-every", Self.small), ("--checkpoint-every", Self.small),
                ("--keep", Self.small), ("--threads", Self.threads), ("--name", Self.names), ("--set", Self.settings), ("--set", Self.settings), ("--from", { $0.pick(["step-1"]) }),
                ("--skip-quality", nil),
            ])
            if !arguments.contains("--steps") && !arguments.contains("--resume") { arguments += ["--steps", pick(["1", "2", "3"])] }
        case "sample":
            arguments += ["--checkpoint", checkpoint(), "--output", output([".png", ".npy", "", ".npy", ".png", ".txt", ".PNG"])]
            arguments += options([
                ("--count", Self.counts), ("--label", Self.labels), ("--truncation", Self.floats), ("--seed", Self.seeds), ("--columns", Self.counts), ("--overwrite", nil), ("--threads", Self.threads),
                ("--attention", { $0.pick(["0,0", "5,9", "31,31", "100,2", "-1,0", "x", "3"]) }),
            ])
        case "edit":
            arguments += ["--checkpoint", checkpoint(), "--output", output([".png", ".png", ".gif", ""])]
            arguments += options([
                ("--attribute", { $0.pick(["scale", "x", "y", "rotation", "hue", ""]) }), ("--amount", Self.floats), ("--steps", Self.frames),
                ("--seeds", { $0.pick(["0,1", "3", "a", "", "0,-1"]) }), ("--first", Self.labels), ("--overwrite", nil), ("--threads", Self.threads),
            ])
        case "translate":
            arguments += ["--checkpoint", checkpoint(), "--input", input(), "--output", output(["", "", ".png"])]
            arguments += options([
                ("--fit", { $0.pick(["crop", "pad", "stretch", ""]) }), ("--reverse", nil), ("--paired", nil), ("--grid", { $0.output([".png", ".gif"]) }),
                ("--domain", Self.domains), ("--source-domain", Self.domains), ("--overwrite", nil), ("--threads", Self.threads),
            ])
        case "interpolate":
            arguments += ["--checkpoint", checkpoint(), "--output", output([".gif", ".gif", ".gif", ".png", ""])]
            arguments += options([
                ("--seeds", { $0.pick(["0,1", "1,2,3", "5", "a,b", "", "0,-1", "18446744073709551615,0"]) }), ("--frames", Self.frames),
                ("--grid", { $0.output([".png", ".gif"]) }), ("--label", Self.labels), ("--overwrite", nil), ("--threads", Self.threads),
            ])
        case "eval":
            arguments += [input(), input(), "--count", pick(["2", "10", "64", "0", "-1", "1125899906842624"])]
            arguments += options([("--seed", Self.seeds), ("--resize", { $0.pick(["bilinear", "bicubic_antialias", "nearest"]) }),
                                  ("--pixel-range", { $0.pick(["-1,1", "0,1", "0,255"]) }), ("--inception", { $0.pick($0.workspace.inputs) }),
                                  ("--features", { $0.pick(["mnist", "shapes", "inception"]) })])
        case "quality":
            let cheap = workspace.inputs.filter { !workspace.imageRun.contains($0) }
            arguments += (0..<(1 + Int(random.next() % 3))).map { _ in pick(cheap) }
            arguments += options([("--seed", Self.seeds), ("--truncation", { $0.pick(["0.5,1", "1", "0,1", "x", "0.2,0.4"]) })])
        case "inspect":
            arguments.append(input())
        case "bench":
            arguments.append(pick(["engine", "nope", ""]))
            arguments += ["--seconds", pick(["nan", "inf", "-1", "0", "1e9", "x"])] + options([("--threads", Self.threads)])
        case "train-classifier":
            arguments += ["--epochs", pick(["-5", "0", "1001", "x", "nan"])] + options([("--output", { $0.output([".txt", ".safetensors"]) })])
        default:
            break
        }
        if chance(0.05) { arguments.insert(pick(["--bogus", "-x", "--", "--help", "--count=3"]), at: 1 + Int(random.next() % UInt64(arguments.count))) }
        return arguments
    }

    // MARK: Values

    private static func steps(_ g: inout Self) -> String { g.value(["1", "2", "3"], edges: ["0", "-5", "x", "1e3", "", "99999999999999999999"]) }
    private static func small(_ g: inout Self) -> String { g.value(["1", "2", "5"], edges: ["0", "-1", "abc", "9223372036854775807"]) }
    private static func threads(_ g: inout Self) -> String { g.value(["1", "2", "3"], edges: ["0", "-2", "2000", "x"]) }
    private static func seeds(_ g: inout Self) -> String { g.value(["0", "1", "42", "18446744073709551615"], edges: ["-1", "18446744073709551616", "seed"]) }
    private static func counts(_ g: inout Self) -> String { g.value(["1", "3", "64", "1100"], edges: ["0", "-5", "1125899906842624", "9223372036854775807", "many"]) }
    private static func frames(_ g: inout Self) -> String { g.value(["2", "3"], edges: ["0", "-3", "1", "9223372036854775807", "x"]) }
    private static func labels(_ g: inout Self) -> String { g.value(["0", "3", "9"], edges: ["10", "-1", "1000", "9223372036854775807", "one"]) }
    private static func domains(_ g: inout Self) -> String {
        g.value(["hue=3,scale=1,background=0", "2", "hue=0"], edges: ["hue=8,scale=0,background=0", "hue=1,hue=2", "shade=1", "", "=", "hue=,scale=1", ",,,"])
    }
    private static func floats(_ g: inout Self) -> String { g.value(["0.5", "2", "1", "0.001"], edges: ["1e-30", "0", "-1", "nan", "inf", "-inf", "x", "1e39"]) }
    private static func names(_ g: inout Self) -> String { g.value(["run", "a b", "ü"], edges: ["", "/", "../up", "-", String(repeating: "x", count: 300)]) }

    private static func settings(_ g: inout Self) -> String {
        let keys = TrainingConfiguration().keyPaths.filter { !["steps", "batch_size", "dataset", "gan.architecture", "model", "gan.hidden", "gan.layers", "gan.latent_dimension"].contains($0) }
        let risky = ["batch_size", "gan.hidden", "gan.layers", "gan.latent_dimension"]
        let key = g.chance(0.1) ? g.pick(risky + ["", "nokey", "dataset", "model"]) : g.pick(keys)
        let value: String
        switch key {
        case "batch_size", "gan.hidden", "gan.latent_dimension": value = g.pick(["1", "8", "16", "0", "-4", "99999999", "1e30", "nan"])
        case "gan.layers": value = g.pick(["1", "2", "0", "300"])
        case "dataset": value = g.pick(["ring", "grid", "spiral", "swiss_roll", "folder", "npy", "nope"])
        case "model": value = g.pick(["gan", "cgan", "began", "infogan", "nope"])
        default: value = g.pick(["0", "1", "2", "-1", "0.5", "1e30", "nan", "inf", "true", "no", "null", "", "abc", "wgan_gp", "hinge", "adam", "color,translation"])
        }
        return g.chance(0.03) ? g.pick(["=5", "noequals", "=", key + "=="]) : key + "=" + value
    }

    /// A path to read: usually one that works, else any of the workspace's.
    private mutating func input() -> String {
        value(workspace.goodInputs, edges: workspace.inputs)
    }

    /// A checkpoint to read: usually one of the two runs or their checkpoints, else any path.
    private mutating func checkpoint() -> String {
        value(Array(workspace.goodInputs.prefix(4)), edges: workspace.inputs)
    }

    /// A place to write: usually new in the scratch folder (with one of
    /// `extensions`), sometimes an existing file or folder, or one that cannot be written.
    mutating func output(_ extensions: [String]) -> String {
        if chance(0.15) { return pick(workspace.unwritable + ["/proc/out.png", "/proc/out.npy", workspace.scratch.path, workspace.inputs[2]]) }
        if chance(0.1) { return scratchPath("reused") + pick(extensions) }
        return scratchPath("out") + pick(extensions)
    }

    private mutating func scratchPath(_ stem: String) -> String {
        workspace.scratch.appendingPathComponent(stem == "reused" ? stem : "\(stem)-\(serial)").path
    }

    // MARK: Drawing

    /// A few of `choices` (each at most once, in random order), with a value from its generator or as a flag.
    private mutating func options(_ choices: [(String, ((inout Self) -> String)?)]) -> [String] {
        var arguments: [String] = []
        for (flag, value) in choices where chance(0.25) {
            arguments.append(flag)
            if let value { arguments.append(value(&self)) }
        }
        return arguments
    }

    /// Usually one of `valid`, sometimes one of `edges`.
    mutating func value(_ valid: [String], edges: [String]) -> String {
        pick(chance(0.7) ? valid : edges)
    }

    mutating func pick(_ choices: [String]) -> String {
        choices[Int(random.next() % UInt64(choices.count))]
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double(random.next() >> 11) * 0x1p-53 < probability
    }
}
