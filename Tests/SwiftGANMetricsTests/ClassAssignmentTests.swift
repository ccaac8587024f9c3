import SwiftGAN
import XCTest

final class ClassAssignmentTests: XCTestCase {
    func testFindsTheBestOneToOneAssignment() {
        // Greedy would give cluster 0 class 0 (5) and cluster 1 class 1 (1): 6; best is 4 + 4 = 8.
        let counts = [[5, 4], [4, 1]]
        XCTAssertEqual(ClassAssignment.best(counts), [1, 0])
        XCTAssertEqual(ClassAssignment.purity(counts), 8.0 / 14.0, accuracy: 1e-12)
        let permuted = [[0, 0, 9], [7, 1, 0], [0, 8, 1]]
        XCTAssertEqual(ClassAssignment.best(permuted), [2, 0, 1])
        XCTAssertEqual(ClassAssignment.purity(permuted), 24.0 / 26.0, accuracy: 1e-12)
    }
}
