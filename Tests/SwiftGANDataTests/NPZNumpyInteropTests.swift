import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// Swift-written NPY and NPZ files loaded by numpy (`np.load`), which prints
/// each array's dtype, shape and values for comparison.
///
/// Runs only where a Python with numpy is found: `$SWIFTGAN_PYTHON`, else
/// `python3` on the PATH; otherwise the test is skipped, saying why.
final class NPZNumpyInteropTests: XCTestCase {
    private static let loader = """
        import sys, numpy as np
        for path in sys.argv[1:]:
            loaded = np.load(path)
            items = sorted(loaded.items()) if path.endswith('.npz') else [('-', loaded)]
            for key, a in items:
                print(path.rsplit('/', 1)[-1], key, a.dtype.str, a.shape, a.ravel().tolist())
        """

    func testNumpyLoadsSwiftWrittenFiles() throws {
        let python = try ExternalPython.requiring(["numpy"], for: "NPZNumpyInteropTests")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-numpy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let grid = NDArray([0, 1.5, -2, 3.25, 100, -0.5], shape: [2, 3])
        try NPY.write(grid, to: directory.appendingPathComponent("a.npy"))
        try NPY.write(grid, to: directory.appendingPathComponent("b.npy"), dtype: NPYDType(.int16, bigEndian: true))
        try NPY.write(NDArray(scalar: 0.5), to: directory.appendingPathComponent("c.npy"), dtype: NPYDType(.float16))
        let arrays = ["x": grid, "y": NDArray([1, 0, 2], shape: [3])]
        try NPZ.write(arrays, to: directory.appendingPathComponent("d.npz"))
        try NPZ.write(arrays, to: directory.appendingPathComponent("e.npz"), compressed: true, dtype: .float64)
        let names = ["a.npy", "b.npy", "c.npy", "d.npz", "e.npz"]
        let (status, output) = try ExternalPython.run(python, ["-c", Self.loader] + names.map { directory.appendingPathComponent($0).path })
        XCTAssertEqual(status, 0, output)
        XCTAssertEqual(
            output.split(separator: "\n").map(String.init),
            [
                "a.npy - <f4 (2, 3) [0.0, 1.5, -2.0, 3.25, 100.0, -0.5]",
                "b.npy - >i2 (2, 3) [0, 2, -2, 3, 100, -1]",
                "c.npy - <f2 () [0.5]",
                "d.npz x <f4 (2, 3) [0.0, 1.5, -2.0, 3.25, 100.0, -0.5]",
                "d.npz y <f4 (3,) [1.0, 0.0, 2.0]",
                "e.npz x <f8 (2, 3) [0.0, 1.5, -2.0, 3.25, 100.0, -0.5]",
                "e.npz y <f8 (3,) [1.0, 0.0, 2.0]",
            ])
    }
}
