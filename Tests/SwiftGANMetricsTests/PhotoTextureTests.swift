import Foundation
import SwiftGAN
import XCTest

/// The photo texture network (the perceptual losses' stand-in) and the distance measured with it.
final class PhotoTextureTests: XCTestCase {
    func testTheDistanceIsZeroForTheSameImageAndGrowsWithTheDamage() {
        var random = RandomGenerator(seed: 4)
        let network = PhotoTextureNetwork(classes: 8, generator: &random)
        let image = random.uniform([2, 3, 24, 24], low: 0.2, high: 0.8)
        XCTAssertEqual(TextureDistance.distance(image, image, network: network), [0, 0])
        let slightly = (image + random.normal(image.shape, std: 0.02)).map(.clamp(low: 0, high: 1))
        let badly = (image + random.normal(image.shape, std: 0.2)).map(.clamp(low: 0, high: 1))
        let (near, far) = (TextureDistance.distance(slightly, image, network: network), TextureDistance.distance(badly, image, network: network))
        for i in 0..<2 { XCTAssertLessThan(near[i], far[i]) }
        // Unit vectors differ by at most 2 in length: a squared distance of at most 4.
        XCTAssertTrue(far.allSatisfy { $0 > 0 && $0 <= 4 })
    }

    func testTheCommittedNetworkTellsTheTrainingPhotosApart() throws {
        let network = try PhotoTextureNetwork.pretrained()
        let recipe = PhotoTextureRecipe()
        let test = recipe.patches(try PhotoTextureRecipe.photos(), count: 200, seed: recipe.seed &+ 100, flips: false)
        // 8 photos: chance is 12.5%; the recipe reaches far more on patches from new places.
        XCTAssertGreaterThan(PhotoTextureRecipe.accuracy(of: network, images: test.images, labels: test.labels), 0.5)
        XCTAssertEqual(Array(PhotoTextureNetwork.layerNames.suffix(3)), ["conv3_2", "relu3_2", "pool3"])
    }
}
