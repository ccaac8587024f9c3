import ArgumentParser
import Foundation
import SwiftGAN

/// `swiftgan eval-restoration`: restored images against their references,
/// file by file, as super-resolution papers measure them.
struct EvalRestorationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-restoration",
        abstract: "Measure restored images against their references: PSNR and SSIM on luma with a border crop, the stand-in perceptual distance, and the colorization measures.",
        discussion: """
            RESTORED and REFERENCE are two image files or two folders whose images are paired by name (file name without \
            extension). Each pair must have one size. PSNR and SSIM are BasicSR's with test_y_channel: 8-bit images, the BT.601 \
            luma of YCbCr's studio range, --crop-border pixels cut from every side (the scale, for super-resolution). For color \
            images texture_distance_standin is the LPIPS-like distance in the committed photo texture network, not LPIPS, and the \
            colorization measures follow: psnr on 8-bit RGB, ab_accuracy_auc (the share of pixels within each ab distance \
            0...150 of the reference's, averaged: Zhang et al.'s raw accuracy AuC), colorfulness (Hasler and Süsstrunk) and the \
            reference's. The border crop applies to the luma figures only. With --lpips, color pairs also get lpips, the \
            distance of Zhang et al. (2018) in the weights scripts/convert_lpips_weights.py converts (VGG16 or AlexNet). \
            `swiftgan datasets photos_x4 --held-out DIR` writes the held-out inputs and references; `swiftgan enhance` the restored.
            """)

    @Argument(help: "The restored image or folder.")
    var restored: String

    @Argument(help: "The reference image or folder.")
    var reference: String

    @Option(help: "Pixels cut from every side before measuring (the scale for super-resolution, 0 for denoising).")
    var cropBorder = 0

    @Option(help: "LPIPS weights (.safetensors from scripts/convert_lpips_weights.py): adds lpips for color pairs.")
    var lpips: String?

    @Flag(help: "Print one JSON object instead of lines.")
    var json = false

    func validate() throws {
        if cropBorder < 0 { throw ValidationError("--crop-border must not be negative, got \(cropBorder)") }
    }

    func run() throws {
        let pairs = try Self.pairs(restored, reference)
        let texture = try PhotoTextureNetwork.pretrained()
        let perceptual = try lpips.map { path in
            guard FileManager.default.fileExists(atPath: path) else { throw CommandError("--lpips: \(path): no such file") }
            return try LPIPS.converted(at: URL(fileURLWithPath: path))
        }
        var rows: [(name: String, figures: [String: Double])] = []
        for (name, a, b) in pairs {
            let (x, y) = (a.array.reshaped([1] + a.array.shape), b.array.reshaped([1] + b.array.shape))
            var figures = ["psnr_y": try RestorationQuality.psnrY(x, y, cropBorder: cropBorder)[0], "ssim_y": try RestorationQuality.ssimY(x, y, cropBorder: cropBorder)[0]]
            if a.channels == 3 {
                figures["texture_distance_standin"] = TextureDistance.distance(x, y, network: texture)[0]
                figures["psnr"] = try ColorizationQuality.psnr(x, y)[0]
                figures["ab_accuracy_auc"] = try ColorizationQuality.abAccuracyAUC(x, y)[0]
                figures["colorfulness"] = try ColorizationQuality.colorfulness(x)[0]
                figures["reference_colorfulness"] = try ColorizationQuality.colorfulness(y)[0]
                if let perceptual {
                    let (u, v) = (Tensor(x.map(.affine(scale: 2, shift: -1))), Tensor(y.map(.affine(scale: 2, shift: -1))))
                    figures["lpips"] = Double(withoutGrad { perceptual.distance(u, v).value.elements[0] })
                }
            }
            rows.append((name, figures))
        }
        let keys = Set(rows.flatMap(\.figures.keys)).sorted()
        let means = Dictionary(uniqueKeysWithValues: keys.map { key in
            let values = rows.compactMap { $0.figures[key] }
            return (key, values.reduce(0, +) / Double(values.count))
        })
        if json {
            // Identical images have an infinite PSNR, which JSON cannot hold: it is written as null.
            func finite(_ figures: [String: Double]) -> [String: Any] { figures.mapValues { $0.isFinite ? $0 as Any : NSNull() } }
            let object: [String: Any] = ["mean": finite(means), "images": Dictionary(uniqueKeysWithValues: rows.map { ($0.name, finite($0.figures)) }), "crop_border": cropBorder]
            print(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
            return
        }
        func line(_ figures: [String: Double]) -> String { keys.compactMap { key in figures[key].map { "\(key) \(String(format: "%.4f", $0))" } }.joined(separator: "  ") }
        for row in rows { print("\(row.name): \(line(row.figures))") }
        print("mean of \(rows.count): \(line(means))")
    }

    /// The images of `a` and `b` paired by name, each pair of one size, as 1 or 3 channels.
    static func pairs(_ a: String, _ b: String) throws -> [(String, Image, Image)] {
        func listing(_ path: String) throws -> [String: String] {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw CommandError("\(path): no such file or folder") }
            let paths = isFolder.boolValue ? try ImageFolderDataset(root: path).paths : [path]
            return Dictionary(paths.map { (URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let (restored, references) = (try listing(a), try listing(b))
        let names = restored.count == 1 && references.count == 1 ? [restored.keys.first!] : restored.keys.filter { references[$0] != nil }.sorted()
        guard !names.isEmpty else { throw CommandError("\(a) and \(b) share no image names; restored and reference images are paired by name") }
        return try names.map { name in
            let pathA = restored[name]!, pathB = restored.count == 1 && references.count == 1 ? references.values.first! : references[name]!
            let (x, y) = (try ImageCodec.read(pathA), try ImageCodec.read(pathB))
            guard x.width == y.width, x.height == y.height else {
                throw CommandError("\(pathA) is \(x.width)x\(x.height) and \(pathB) \(y.width)x\(y.height); a restored image and its reference must have one size")
            }
            let channels = x.channels >= 3 || y.channels >= 3 ? 3 : 1
            return (name, x.converted(toChannels: channels), y.converted(toChannels: channels))
        }
    }
}
