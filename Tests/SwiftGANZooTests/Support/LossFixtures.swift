import Foundation
import SwiftGAN

/// The PyTorch reference values of `Fixtures/losses.json`, written by
/// `scripts/make_zoo_loss_fixtures.py`: one case per loss term or head.
struct LossFixtures {
    let cases: [String: [String: Any]]

    init() throws {
        guard let url = Bundle.module.url(forResource: "losses", withExtension: "json", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/losses.json"])
        }
        cases = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: [String: Any]] ?? [:]
    }

    /// The array `name` of case `test`, at its shape.
    func array(_ test: String, _ name: String) -> NDArray {
        guard let entry = cases[test]?[name] as? [String: Any], let shape = entry["shape"] as? [Int], let values = entry["values"] as? [Double] else {
            preconditionFailure("LossFixtures: \(test).\(name) is not an array entry")
        }
        return NDArray(values.map { Float($0) }, shape: shape)
    }

    /// The number `name` of case `test`.
    func number(_ test: String, _ name: String) -> Double {
        guard let value = cases[test]?[name] as? Double else { preconditionFailure("LossFixtures: \(test).\(name) is not a number") }
        return value
    }

    /// The integers `name` of case `test`.
    func integers(_ test: String, _ name: String) -> [Int] {
        guard let value = cases[test]?[name] as? [Int] else { preconditionFailure("LossFixtures: \(test).\(name) is not a list of integers") }
        return value
    }
}
