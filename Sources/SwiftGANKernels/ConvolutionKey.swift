/// Identifies one oneDNN convolution primitive: pass, shapes and geometry.
struct ConvolutionKey: Hashable {
    enum Pass: Hashable { case forward, backwardData, backwardWeights }
    let pass: Pass
    let input: [Int]
    let weight: [Int]
    let output: [Int]
    let geometry: ConvolutionGeometry
}
