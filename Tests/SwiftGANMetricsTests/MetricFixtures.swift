import Foundation
import SwiftGAN

/// The reference values of `scripts/make_metric_fixtures.py`.
struct MetricFixtures: Decodable {
    struct Matrix: Decodable {
        let shape: [Int]
        let values: [Float]
        var array: NDArray { NDArray(values, shape: shape) }
    }

    struct FrechetCase: Decodable {
        let name: String
        let a: Matrix
        let b: Matrix
        let sqrtm: Double
        let eigenvalues: Double
        let singular: Bool
    }

    struct KID: Decodable {
        let x: Matrix
        let y: Matrix
        let mmd: Double
    }

    struct Score: Decodable {
        let probabilities: Matrix
        let splits: [String: [Double]]
    }

    struct Manifold: Decodable {
        let real: Matrix
        let fake: Matrix
        let k_precision_recall: Int
        let k_density_coverage: Int
        let precision: Double
        let recall: Double
        let density: Double
        let coverage: Double
    }

    struct Images: Decodable {
        let a: Matrix
        let b: Matrix
        let data_range: Double
        let psnr: [Double]
        let ssim: [Double]
    }

    let frechet: [FrechetCase]
    let kid: KID
    let inception_score: Score
    let manifold: Manifold
    let image_quality: Images

    static func url(_ name: String, _ ext: String) -> URL {
        Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures")!
    }

    static func load() throws -> MetricFixtures {
        try JSONDecoder().decode(MetricFixtures.self, from: Data(contentsOf: url("metrics", "json")))
    }
}
