import SwiftGANCommandLine
import Foundation
import SwiftGAN

/// The files a command-line fuzz campaign draws its paths from, made in a
/// temporary folder: two small trained runs (2-D points and MNIST images),
/// damaged checkpoints, YAML files good and broken, NPY arrays with bad
/// values, image folders with and without damaged files, and places where
/// nothing can be written.
struct CommandLineFuzzWorkspace {
    let root: URL
    /// Paths that exist or deliberately do not, for every option that takes a file or folder.
    private(set) var inputs: [String] = []
    /// The inputs that work: the two runs and their checkpoints, and valid image sets.
    private(set) var goodInputs: [String] = []
    /// YAML configurations, good and broken.
    private(set) var configurations: [String] = []
    /// Places to make run folders in where nothing can be made.
    var unwritable: [String] { [root.appendingPathComponent("fixed/afile").path, root.appendingPathComponent("fixed/afile/sub").path, "/proc/runs"] }
    /// The MNIST run and its checkpoint, which `quality` would measure on 10,000 samples.
    private(set) var imageRun: [String] = []
    /// Run folders to resume: the 2-D run (the image run's final evaluation
    /// would take seconds a case) and broken run folders.
    private(set) var runFolders: [String] = []

    var scratch: URL { root.appendingPathComponent("scratch") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-cli-fuzz-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FolderMaker.create(root.appendingPathComponent("fixed"))
        try FolderMaker.create(scratch)
        let fixed = root.appendingPathComponent("fixed")
        let ring = try Self.trainFixture("ring8", steps: 2, in: fixed).url.path
        let digits = try Self.trainFixture("mnist_dcgan", steps: 1, in: fixed).url.path
        runFolders = [ring]
        imageRun = [digits, digits + "/checkpoints/step-0000001.safetensors"]
        let ringCheckpoint = ring + "/checkpoints/step-0000002.safetensors"
        inputs = [ring, digits, ringCheckpoint, digits + "/checkpoints/step-0000001.safetensors", ring + "/checkpoints/step-0000001.safetensors"]
        try writeDamagedCheckpoints(from: ringCheckpoint, into: fixed)
        try writeConfigurations(into: fixed)
        try writeArrays(into: fixed)
        try writeImageFolders(into: fixed)
        let emptyRun = fixed.appendingPathComponent("empty-run")
        try FolderMaker.create(emptyRun)
        try Data("model: gan\n".utf8).write(to: emptyRun.appendingPathComponent("config.yaml"))
        try Data("a file".utf8).write(to: fixed.appendingPathComponent("afile"))
        runFolders += [emptyRun.path, fixed.path]
        inputs += [emptyRun.path, fixed.path, fixed.appendingPathComponent("afile").path, fixed.appendingPathComponent("afile/sub").path,
                   fixed.appendingPathComponent("missing.safetensors").path, "", "/proc/self/status", "mnist", String(repeating: "n", count: 300)]
    }

    /// `arguments` with a run folder to resume replaced by a fresh copy in
    /// `scratch`, so that resumes (and `--from`) never change the fixtures.
    func withFixturesCopied(_ arguments: [String], case index: Int) -> [String] {
        guard let flag = arguments.firstIndex(of: "--resume"), flag + 1 < arguments.count, runFolders.contains(arguments[flag + 1]),
              FileManager.default.fileExists(atPath: arguments[flag + 1] + "/config.yaml") else { return arguments }
        let copy = scratch.appendingPathComponent("resume-\(index)")
        guard (try? FileManager.default.copyItem(atPath: arguments[flag + 1], toPath: copy.path)) != nil else { return arguments }
        var changed = arguments
        changed[flag + 1] = copy.path
        return changed
    }

    /// Removes everything the campaign wrote under `scratch`.
    func clearScratch() {
        try? FileManager.default.removeItem(at: scratch)
        try? FolderMaker.create(scratch)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// A run of `preset` trained for `steps` at batch 8 with a checkpoint every step (no final evaluation: it is there to be read).
    private static func trainFixture(_ preset: String, steps: Int, in folder: URL) throws -> RunFolder {
        var configuration = try Presets.configuration(preset)
        (configuration.steps, configuration.batchSize, configuration.checkpointEvery, configuration.sampleEvery) = (steps, 8, 1, 1_000)
        let run = try RunFolder.create(in: folder, name: preset, configuration: configuration)
        let trainer = try ModelRegistry.trainer(for: configuration)
        _ = try TrainingRun(folder: run, configuration: configuration, trainer: trainer).run()
        return run
    }

    private mutating func writeDamagedCheckpoints(from checkpoint: String, into folder: URL) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: checkpoint))
        var flipped = bytes
        flipped[flipped.count / 2] ^= 0xFF
        var header = bytes
        header[12] = UInt8(ascii: "]")
        let damaged: [(String, Data)] = [
            ("half.safetensors", bytes.prefix(bytes.count / 2)), ("flipped.safetensors", flipped), ("header.safetensors", header),
            ("empty.safetensors", Data()), ("text.safetensors", Data("not a checkpoint".utf8)),
        ]
        for (name, data) in damaged {
            try data.write(to: folder.appendingPathComponent(name))
            inputs.append(folder.appendingPathComponent(name).path)
        }
    }

    private mutating func writeConfigurations(into folder: URL) throws {
        let files: [(String, String)] = [
            ("tiny.yaml", "preset: ring8\nsteps: 2\nbatch_size: 16\nhidden: 8\nsample_every: 1\ncheckpoint_every: 1\n"),
            ("broken.yaml", "steps: [1, 2\n"), ("unknown.yaml", "stesp: 3\n"), ("nan.yaml", "preset: ring8\nbeta1: nan\n"),
            ("list.yaml", "hidden:\n  - 1\n  - 2\n"), ("empty.yaml", ""), ("scalar.yaml", "42\n"), ("huge.yaml", "preset: ring8\nbatch_size: 99999999999\n"),
            ("tabs.yaml", "preset:\tring8\n\tsteps: 2\n"), ("binary.yaml", "\u{0}\u{1}\u{2}"),
        ]
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
            configurations.append(folder.appendingPathComponent(name).path)
        }
        configurations += ["ring8", "grid25", "ring88", folder.appendingPathComponent("missing.yaml").path, folder.path]
    }

    private mutating func writeArrays(into folder: URL) throws {
        var random = RandomGenerator(seed: 7)
        let images = random.uniform([12, 1, 28, 28], low: -1, high: 1)
        var withNaN = images.elements
        withNaN[100] = .nan
        let arrays: [(String, NDArray, NPYDType)] = [
            ("images.npy", images, NPYDType(.float32)), ("nan.npy", NDArray(withNaN, shape: images.shape), NPYDType(.float32)),
            ("scaled.npy", images.map(.affine(scale: 1000, shift: 0)), NPYDType(.float32)),
            ("bytes.npy", images.map(.affine(scale: 127, shift: 128)), NPYDType(.uint8)), ("longs.npy", images.map(.affine(scale: 127, shift: 128)), NPYDType(.int64)),
            ("flags.npy", images.map(.affine(scale: 0, shift: 1)), NPYDType(.bool)), ("points.npy", random.normal([12, 2]), NPYDType(.float32)),
            ("color.npy", random.uniform([4, 3, 28, 28], low: -1, high: 1), NPYDType(.float32)), ("one.npy", random.uniform([1, 1, 28, 28]), NPYDType(.float32)),
        ]
        for (name, array, dtype) in arrays {
            try NPY.write(array, to: folder.appendingPathComponent(name), dtype: dtype)
            inputs.append(folder.appendingPathComponent(name).path)
        }
        try Data("\u{93}NUMPY broken".utf8).write(to: folder.appendingPathComponent("broken.npy"))
        inputs.append(folder.appendingPathComponent("broken.npy").path)
    }

    private mutating func writeImageFolders(into folder: URL) throws {
        let good = folder.appendingPathComponent("images"), bad = folder.appendingPathComponent("bad-images")
        try FolderMaker.create(good)
        try FolderMaker.create(bad)
        let png = try PNGCodec.encode(Image(width: 28, height: 28, channels: 1, samples: (0..<784).map { Float($0 % 28) / 27 }))
        for index in 0..<6 {
            try Data(png).write(to: good.appendingPathComponent("\(index).png"))
            try Data(png).write(to: bad.appendingPathComponent("\(index).png"))
        }
        try Data(png.prefix(40)).write(to: bad.appendingPathComponent("cut.png"))
        try Data("text".utf8).write(to: bad.appendingPathComponent("fake.jpg"))
        inputs += [good.path, bad.path]
        goodInputs = Array(inputs.prefix(4)) + ["mnist", good.path] + ["images.npy", "bytes.npy", "color.npy"].map { folder.appendingPathComponent($0).path }
    }
}
