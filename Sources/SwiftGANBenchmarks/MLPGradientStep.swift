import SwiftGAN

/// The mlp2d case of `../shared/bench` without the optimizer: both players'
/// gradients for one discriminator and one generator update, built from raw
/// `Tensor` operations. It measures the engine's per-operation overhead.
struct MLPGradientStep {
    let generator: [Tensor]
    let discriminator: [Tensor]
    let real: Tensor
    var random = RandomGenerator(seed: 6)

    init() {
        var g = RandomGenerator(seed: 7)
        func layer(_ input: Int, _ output: Int) -> [Tensor] {
            let bound = 1 / Float(input).squareRoot()
            return [
                Tensor(g.uniform([output, input], low: -bound, high: bound), requiresGrad: true),
                Tensor(g.uniform([output], low: -bound, high: bound), requiresGrad: true),
            ]
        }
        generator = layer(16, 128) + layer(128, 128) + layer(128, 2)
        discriminator = layer(2, 128) + layer(128, 128) + layer(128, 1)
        real = Tensor(g.uniform([512, 2], low: -1, high: 1))
    }

    func generate(_ z: Tensor) -> Tensor {
        let p = generator
        let h1 = Tensor.linear(z, weight: p[0], bias: p[1]).relu()
        let h2 = Tensor.linear(h1, weight: p[2], bias: p[3]).relu()
        return Tensor.linear(h2, weight: p[4], bias: p[5])
    }

    func discriminate(_ x: Tensor) -> Tensor {
        let p = discriminator
        let h1 = Tensor.linear(x, weight: p[0], bias: p[1]).leakyRelu(slope: 0.2)
        let h2 = Tensor.linear(h1, weight: p[2], bias: p[3]).leakyRelu(slope: 0.2)
        return Tensor.linear(h2, weight: p[4], bias: p[5])
    }

    mutating func run() {
        let fake = withoutGrad { generate(Tensor(random.normal([512, 16]))) }
        let dLoss = (-discriminate(real)).softplus().mean() + discriminate(fake).softplus().mean()
        _ = gradients(of: dLoss, wrt: discriminator)
        let gLoss = (-discriminate(generate(Tensor(random.normal([512, 16]))))).softplus().mean()
        _ = gradients(of: gLoss, wrt: generator)
    }
}
