import SwiftGANKernels
import SwiftGANNN

/// What a model definition builds from: the configuration, the shape and
/// classes of the data (known without loading it), and the random stream
/// networks are initialized from. Networks made with `network(_:_:)` are the
/// model's players, in the order made; their factories make the copies that
/// moving averages keep.
public final class ModelContext {
    public let configuration: TrainingConfiguration
    /// What the data looks like.
    public let data: DatasetShape
    /// The stream networks are initialized from (seeded with the run's seed).
    public var random: RandomGenerator
    private(set) var networks: [(name: String, module: Module, make: (inout RandomGenerator) -> Module)] = []

    init(configuration: TrainingConfiguration, data: DatasetShape) {
        (self.configuration, self.data) = (configuration, data)
        random = RandomGenerator(seed: configuration.seed)
    }

    /// The side of the data's images for a model that grows its images from
    /// 4x4 by doublings (R3GAN, StyleGAN2): a power of two from 8; `model` names it in errors.
    public func doublingResolution(for model: String) throws -> Int {
        guard let resolution = data.resolution else {
            throw ConfigurationError(key: "dataset", problem: "\(model) generates images; \(configuration.dataset) holds 2-D points")
        }
        guard resolution >= 8, resolution & (resolution - 1) == 0 else {
            throw ConfigurationError(key: "data.resolution", problem: "\(model) doubles its resolution from 4x4 and needs a power of two from 8, got \(resolution)")
        }
        return resolution
    }

    /// Makes the network of player `name` with `make`, drawing its initial weights from `random`.
    public func network<M: Module>(_ name: String, _ make: @escaping (inout RandomGenerator) -> M) -> M {
        record(name, make) as! M
    }

    /// Makes the layer network of player `name` with `make`, as `network(_:_:)`.
    public func layer(_ name: String, _ make: @escaping (inout RandomGenerator) -> any LayerModule) -> any LayerModule {
        record(name, make) as! any LayerModule
    }

    /// Makes player `name`'s network and keeps `make` for its copies.
    private func record(_ name: String, _ make: @escaping (inout RandomGenerator) -> Module) -> Module {
        precondition(!networks.contains { $0.name == name }, "ModelContext: the network '\(name)' was made twice")
        let module = make(&random)
        networks.append((name, module, make))
        return module
    }

    /// A fresh instance of player `name`'s network (its weights loaded separately).
    func remake(_ name: String, random: inout RandomGenerator) -> Module {
        guard let entry = networks.first(where: { $0.name == name }) else { preconditionFailure("ModelContext: no network '\(name)'") }
        return entry.make(&random)
    }
}
