import ArgumentParser
import Foundation
import SwiftGAN

/// `swiftgan tradeoff`: restorers' figures as points on two measures, the
/// perception-distortion plot, with curves such as ESRGAN's network interpolation.
struct TradeoffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tradeoff",
        abstract: "Plot restorers on two measures (PSNR against the perceptual distance): the perception-distortion trade-off as a PNG.",
        discussion: """
            Each FIGURES is a run folder (its quality.json, labeled with the folder's name past its number) or a JSON file \
            written by `swiftgan eval-restoration --json` (its mean, labeled with the file's name). --curve NAME=A,B,... \
            draws a line through the figures of A, B, ... in order, such as `enhance --interpolate` at several --alpha.
            """)

    @Argument(help: "Run folders or eval-restoration JSON files, one point each.")
    var figures: [String] = []

    @Option(help: "A named curve through figures in order: NAME=PATH,PATH,...")
    var curve: [String] = []

    @Option(help: "The measure across.")
    var x = "psnr_y"

    @Option(help: "The measure up.")
    var y = "texture_distance_standin"

    @Option(help: "The PNG to write.")
    var output: String

    func validate() throws {
        if figures.isEmpty && curve.isEmpty { throw ValidationError("give at least one run folder, JSON file or --curve") }
    }

    func run() throws {
        let points = try figures.map(point)
        let curves = try curve.map { spec -> (name: String, points: [TradeoffPlot.Point]) in
            let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw CommandError("--curve \(spec): expected NAME=PATH,PATH,...") }
            return (parts[0], try parts[1].split(separator: ",").map { try point(String($0)) })
        }
        let image = TradeoffPlot(xName: x, yName: y).image(points: points, curves: curves)
        try Data(PNGCodec.encode(image)).write(to: URL(fileURLWithPath: output))
        print("wrote \(output): \(points.count) point\(points.count == 1 ? "" : "s") and \(curves.count) curve\(curves.count == 1 ? "" : "s")")
    }

    /// The point of a run folder's quality.json or an eval-restoration JSON file.
    private func point(_ path: String) throws -> TradeoffPlot.Point {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw CommandError("\(path): no such run folder or JSON file") }
        let url = URL(fileURLWithPath: path)
        let file = isFolder.boolValue ? url.appendingPathComponent("quality.json") : url
        var label = isFolder.boolValue ? url.lastPathComponent : url.deletingPathExtension().lastPathComponent
        if isFolder.boolValue, let dash = label.firstIndex(of: "-"), dash > label.startIndex, label[..<dash].allSatisfy(\.isNumber) {
            label = String(label[label.index(after: dash)...])
        }
        guard let data = try? Data(contentsOf: file), let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let figures = (object["quality"] ?? object["mean"]) as? [String: Any] else {
            throw CommandError("\(file.path): not a quality.json or an eval-restoration --json report")
        }
        guard let across = figures[x] as? Double, let up = figures[y] as? Double else {
            throw CommandError("\(file.path) has no \([x, y].filter { figures[$0] as? Double == nil }.joined(separator: " or ")); it has \(figures.keys.sorted().joined(separator: ", "))")
        }
        return TradeoffPlot.Point(label: label, x: across, y: up)
    }
}
