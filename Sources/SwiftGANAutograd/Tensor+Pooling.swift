import SwiftGANKernels

extension Tensor {
    /// Average pooling over `kernel` windows (stride defaults to the kernel).
    public func avgPool2d(kernel: (Int, Int), stride: (Int, Int)? = nil, padding: (Int, Int) = (0, 0)) -> Tensor {
        averagePool(PoolingGeometry(kernel: kernel, stride: stride, padding: padding))
    }

    /// Max pooling over `kernel` windows (stride defaults to the kernel).
    public func maxPool2d(kernel: (Int, Int), stride: (Int, Int)? = nil, padding: (Int, Int) = (0, 0)) -> Tensor {
        let geometry = PoolingGeometry(kernel: kernel, stride: stride, padding: padding)
        guard requiresGrad && GradientRecording.isEnabled else { return Tensor(value.maxPool2d(geometry)) }
        let indices = value.maxPool2dIndices(geometry)
        let (n, c) = (shape[0], shape[1])
        let planes = reshape([n, c, shape[2] * shape[3]])
        return planes.gather(axis: 2, index: indices.reshaped([n, c, indices.shape[2] * indices.shape[3]]))
            .reshape(indices.shape)
    }

    func averagePool(_ geometry: PoolingGeometry) -> Tensor {
        let inputShape = shape
        return Tensor.record(value.averagePool2d(geometry), operation: "avgPool2d", inputs: [self]) { g, _ in
            [g.averagePoolBackward(geometry, inputShape: inputShape)]
        }
    }

    func averagePoolBackward(_ geometry: PoolingGeometry, inputShape: [Int]) -> Tensor {
        Tensor.record(value.averagePool2dBackward(geometry, inputShape: inputShape), operation: "avgPool2dBackward", inputs: [self]) { g, _ in
            [g.averagePool(geometry)]
        }
    }
}
