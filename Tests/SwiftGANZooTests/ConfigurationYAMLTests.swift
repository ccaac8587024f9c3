import SwiftGAN
import XCTest

final class ConfigurationYAMLTests: XCTestCase {
    func testTheResolvedYAMLReadsBackToTheSameConfiguration() throws {
        var c = try Presets.configuration("ring8")
        c.diffAugment = "color,translation"
        c.architecture = nil
        let text = c.yaml
        XCTAssertTrue(text.contains("penalty_weight: 0.1\n"), text)
        XCTAssertTrue(text.contains("architecture: null\n"), text)
        XCTAssertTrue(text.contains("diff_augment: \"color,translation\"\n"), text)
        XCTAssertEqual(try TrainingConfiguration(yaml: text, source: "resolved.yaml"), c)
    }

    func testAPresetKeyIsTheBaseOfTheOtherKeys() throws {
        let c = try TrainingConfiguration(yaml: "# mine\npreset: mnist_wgan_gp\nsteps: 20\nbeta2: 0.99\n", source: "mine.yaml")
        var expected = try Presets.configuration("mnist_wgan_gp")
        (expected.steps, expected.beta2) = (20, 0.99)
        XCTAssertEqual(c, expected)
    }

    func testEveryPresetHasADescription() {
        XCTAssertGreaterThanOrEqual(Presets.descriptions.count, 15)
        for preset in Presets.descriptions { XCTAssertFalse(preset.description.isEmpty, preset.name) }
    }

    func testMalformedFilesNameTheFileOrTheKey() {
        let cases: [(String, String)] = [
            ("steps: [1, 2]\n", "steps: expected a single value in bad.yaml, not a list or mapping"),
            ("- steps\n- 3\n", "bad.yaml: expected a mapping of configuration keys to values (key: value lines)"),
            ("stesp: 3\n", "stesp: unknown key (did you mean 'steps'?)"),
            ("steps: {\n", "bad.yaml: not valid YAML"),
            ("preset: mnist_dcgn\n", "preset: unknown value 'mnist_dcgn' (did you mean 'mnist_dcgan'?)"),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try TrainingConfiguration(yaml: text, source: "bad.yaml"), text) {
                XCTAssertTrue("\($0)".hasPrefix(message), "\($0)")
            }
        }
    }
}
