import SwiftGAN
@testable import SwiftGANData
import XCTest

final class SyntheticScenesTests: XCTestCase {
    func testScenesAreSeededPerIndex() {
        let a = Scenes(count: 20, seed: 3, size: 32), b = Scenes(count: 20, seed: 3, size: 32), c = Scenes(count: 20, seed: 4, size: 32)
        for i in [0, 7, 19] {
            XCTAssertEqual(a.scene(at: i).classes, b.scene(at: i).classes)
            XCTAssertEqual(a.scene(at: i).photo.elements, b.scene(at: i).photo.elements)
        }
        XCTAssertNotEqual(a.scene(at: 0).classes, a.scene(at: 1).classes)
        XCTAssertNotEqual((0..<20).map { a.scene(at: $0).classes }, (0..<20).map { c.scene(at: $0).classes })
    }

    /// A 64-pixel scene reads its classes at the corners shared by four
    /// pixels of the same scene at 128: each class is one of those four,
    /// except where a feature is thinner than a 128-pixel (a lane marking near the horizon).
    func testTheSameSceneAtTwoResolutionsAgrees() {
        let (small, large) = (Scenes(count: 10, seed: 1, size: 64), Scenes(count: 10, seed: 1, size: 128))
        var (agreeing, total) = (0, 0)
        for i in 0..<10 {
            let (a, b) = (small.scene(at: i).classes, large.scene(at: i).classes)
            for row in 0..<64 {
                for column in 0..<64 {
                    let block = [(0, 0), (0, 1), (1, 0), (1, 1)].map { b[(2 * row + $0) * 128 + 2 * column + $1] }
                    agreeing += block.contains(a[row * 64 + column]) ? 1 : 0
                    total += 1
                }
            }
        }
        XCTAssertGreaterThan(Double(agreeing) / Double(total), 0.995)
    }

    /// Every class covers a share of the pixels, the small ones (windows) included, and no two cover almost everything.
    func testEveryClassIsDrawn() {
        let data = Scenes(count: 200, seed: 0, size: 32)
        var counts = [Int](repeating: 0, count: SceneClass.allCases.count)
        for i in 0..<data.count { for kind in data.scene(at: i).classes { counts[kind.rawValue] += 1 } }
        let shares = counts.map { Double($0) / Double(data.count * 32 * 32) }
        for kind in SceneClass.allCases { XCTAssertGreaterThan(shares[kind.rawValue], 0.005, "\(kind.name): \(shares)") }
        XCTAssertLessThan(shares[SceneClass.sky.rawValue] + shares[SceneClass.ground.rawValue], 0.85, "\(shares)")
    }

    func testLabelMapsAreWrittenAsPaletteColorsOrOneHotChannels() {
        let colors = SceneClass.allCases.map(\.paletteColor)
        for (i, a) in colors.enumerated() {
            for b in colors[(i + 1)...] {
                let d = a - b
                XCTAssertGreaterThan((d * d).sum().squareRoot(), 0.25, "\(a) and \(b)")
            }
        }
        let classes = Scenes(count: 1, seed: 2, size: 32).scene(at: 0).classes
        let palette = Scenes.encode(classes, size: 32, as: .palette), oneHot = Scenes.encode(classes, size: 32, as: .oneHot)
        XCTAssertEqual(palette.shape, [3, 32, 32])
        XCTAssertEqual(oneHot.shape, [7, 32, 32])
        let plane = 32 * 32
        for (i, kind) in classes.enumerated() {
            XCTAssertEqual((0..<3).map { palette.elements[$0 * plane + i] }, (0..<3).map { kind.paletteColor[$0] })
            XCTAssertEqual((0..<7).map { oneHot.elements[$0 * plane + i] }, (0..<7).map { $0 == kind.rawValue ? 1 : 0 })
        }
    }

    /// The photos tell the classes apart: the mean color of each class over
    /// 40 scenes, used as a nearest-mean classifier of single pixels, reads
    /// most pixels of 40 other scenes right (texture and context, which a
    /// segmentation network also sees, tell the rest).
    func testPhotosTellTheClassesApartByColor() {
        let data = Scenes(count: 80, seed: 5, size: 32)
        let plane = 32 * 32
        var sums = [SIMD3<Double>](repeating: .zero, count: 7), counts = [Double](repeating: 0, count: 7)
        func pixels(_ i: Int) -> [(SceneClass, SIMD3<Double>)] {
            let (classes, photo) = data.scene(at: i)
            return classes.enumerated().map { p, kind in
                (kind, SIMD3((0..<3).map { Double(photo.elements[$0 * plane + p]) }))
            }
        }
        for i in 0..<40 { for (kind, color) in pixels(i) { sums[kind.rawValue] += color; counts[kind.rawValue] += 1 } }
        let means = zip(sums, counts).map { $0 / $1 }
        var right = 0
        for i in 40..<80 {
            for (kind, color) in pixels(i) {
                let nearest = means.indices.min { ((means[$0] - color) * (means[$0] - color)).sum() < ((means[$1] - color) * (means[$1] - color)).sum() }
                right += nearest == kind.rawValue ? 1 : 0
            }
        }
        XCTAssertGreaterThan(Double(right) / Double(40 * plane), 0.6)
    }

    func testTheDirectionSaysWhichSideIsTheInput() {
        let forward = Scenes(count: 3, seed: 6, size: 16), backward = Scenes(count: 3, seed: 6, size: 16, direction: .photosToLabels, encoding: .oneHot)
        let (classes, photo) = forward.scene(at: 2)
        XCTAssertEqual(forward.example(at: 2).image.elements, Scenes.encode(classes, size: 16, as: .palette).elements)
        XCTAssertEqual(forward.example(at: 2).target?.elements, photo.elements)
        XCTAssertEqual(backward.example(at: 2).image.elements, photo.elements)
        XCTAssertEqual(backward.example(at: 2).target?.shape, [7, 16, 16])
    }
}
