import SwiftGAN

/// A CycleGAN-shaped model on 2-D points: generators A->B and B->A, a
/// least-squares critic per domain, cycle and identity terms. Batches carry
/// domain A in `images` and domain B in `targets`.
final class TinyCycleModel: ZooModel {
    let players: [Player]
    var input: ModelInput { .image }
    var conditioningClasses: Int? { nil }

    init(seed: UInt64) {
        var random = RandomGenerator(seed: seed)
        func mlp(_ random: inout RandomGenerator) -> Sequential { MLP.generator(latent: 2, hidden: 16, layers: 1, output: 2, generator: &random) }
        func critic(_ random: inout RandomGenerator) -> Sequential { MLP.discriminator(input: 2, hidden: 16, layers: 1, generator: &random) }
        let modules = [("g_ab", mlp(&random)), ("g_ba", mlp(&random)), ("d_a", critic(&random)), ("d_b", critic(&random))]
        players = modules.map { Player(name: $0.0, module: $0.1, optimizer: Adam($0.1.parameters(), learningRate: 1e-2, betas: (0.5, 0.999))) }
    }

    func previewRequest(count: Int, random: inout RandomGenerator) -> InferenceRequest {
        .image(random.normal([count, 2]))
    }

    func infer(_ request: InferenceRequest, networks: [String: Module]) -> Tensor {
        guard case .image(let points) = request, let network = networks["g_ab"] as? Sequential else { preconditionFailure("TinyCycleModel: expected points") }
        return network(Tensor(points))
    }

    /// The mean absolute A -> B -> A reconstruction error of `points`.
    func cycleError(_ points: NDArray) -> Float {
        let (ab, ba) = (network("g_ab"), network("g_ba"))
        return withoutGrad { (ba(ab(Tensor(points))) - Tensor(points)).abs().mean() }.scalarValue
    }

    private func network(_ name: String) -> Sequential {
        players.first { $0.name == name }!.module as! Sequential
    }

    var phases: [Phase] {
        let (ab, ba, criticA, criticB) = (network("g_ab"), network("g_ba"), network("d_a"), network("d_b"))
        let generators = Phase(name: "g", updates: ["g_ab", "g_ba"]) { context in
            let (a, b) = (Tensor(context.real.images), Tensor(context.real.targets!))
            let (fakeB, fakeA) = (ab(a), ba(b))
            let adversarial = (criticB(fakeB) - 1).square().mean() + (criticA(fakeA) - 1).square().mean()
            let cycle = (ba(fakeB) - a).abs().mean() + (ab(fakeA) - b).abs().mean()
            let identity = (ab(b) - b).abs().mean() + (ba(a) - a).abs().mean()
            return PhaseResult(loss: adversarial + cycle * 10 + identity * 5, metrics: ["cycle": cycle.scalarValue])
        }
        let critics = Phase(name: "d", updates: ["d_a", "d_b"], batch: .latest) { context in
            let (a, b) = (Tensor(context.real.images), Tensor(context.real.targets!))
            let (fakeB, fakeA) = withoutGrad { (ab(a), ba(b)) }
            let loss = (criticA(a) - 1).square().mean() + criticA(fakeA).square().mean() + (criticB(b) - 1).square().mean() + criticB(fakeB).square().mean()
            return PhaseResult(loss: loss * 0.5)
        }
        return [generators, critics]
    }
}
