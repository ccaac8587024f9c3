import SwiftGANKernels

extension IDXFile {
    /// Every image as `[N, 1, H, W]`: `uint8` pixels divided by 255, `float32`
    /// and `float64` pixels as stored. With `transposed` (EMNIST stores each
    /// image transposed), stored `[N, A, B]` becomes `[N, 1, B, A]`.
    public func images(transposed: Bool = false) throws -> NDArray {
        let (height, width) = try imageSize(transposed: transposed)
        var result = NDArray(uninitializedShape: [itemCount, 1, height, width])
        result.withUnsafeMutableBufferPointer { output in
            guard let destination = output.baseAddress, height * width > 0 else { return }
            for index in 0..<itemCount {
                decodeImage(at: index, transposed: transposed, into: destination + index * height * width)
            }
        }
        return result
    }

    /// Image `index` (`0..<itemCount`) as `[1, H, W]`, decoded as by `images(transposed:)`.
    public func image(at index: Int, transposed: Bool = false) throws -> NDArray {
        precondition(index >= 0 && index < itemCount, "IDXFile.image(at:): index \(index) out of 0..<\(itemCount)")
        let (height, width) = try imageSize(transposed: transposed)
        var result = NDArray(uninitializedShape: [1, height, width])
        result.withUnsafeMutableBufferPointer { output in
            if let destination = output.baseAddress { decodeImage(at: index, transposed: transposed, into: destination) }
        }
        return result
    }

    /// The height and width of the images, after checking that this file holds images.
    func imageSize(transposed: Bool) throws -> (height: Int, width: Int) {
        guard dimensions.count == 3 else {
            throw data.error(
                at: 3, "IDX header says \(dimensions.count) dimensions; images need 3 (count, height, width)")
        }
        guard [.uint8, .float32, .float64].contains(elementType) else {
            throw data.error(at: 2, "IDX images must be uint8, float32 or float64; this file holds \(elementType.rawValue)")
        }
        return transposed ? (dimensions[2], dimensions[1]) : (dimensions[1], dimensions[2])
    }

    private func decodeImage(at index: Int, transposed: Bool, into destination: UnsafeMutablePointer<Float>) {
        let rows = dimensions[1], columns = dimensions[2], count = rows * columns
        let scale: Float? = elementType == .uint8 ? 255 : nil
        data.withUnsafeBytes { input in
            guard let base = input.baseAddress, count > 0 else { return }
            let source = base + dataOffset + index * count * elementType.byteCount
            if !transposed {
                elementType.decode(source, count: count, bigEndian: true, into: destination)
            } else {
                var stored = [Float](repeating: 0, count: count)
                stored.withUnsafeMutableBufferPointer { elementType.decode(source, count: count, bigEndian: true, into: $0.baseAddress!) }
                for row in 0..<rows {
                    for column in 0..<columns { destination[column * rows + row] = stored[row * columns + column] }
                }
            }
            if let scale {
                for i in 0..<count { destination[i] /= scale }
            }
        }
    }
}
