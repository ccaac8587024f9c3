import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// A trained model as inference sees it: what it takes, and how its players'
/// networks turn that into an output. The networks come from a trainer or a
/// checkpoint, by player name, so inference needs no dataset and no optimizer.
public protocol ZooModel: AnyObject {
    /// What `infer` takes.
    var input: ModelInput { get }
    /// How many classes (or target domains) a request can name; nil when none.
    var conditioningClasses: Int? { get }
    /// A request for `count` outputs drawn from `random`: the sample grids of a run.
    func previewRequest(count: Int, random: inout RandomGenerator) -> InferenceRequest
    /// The output for `request`, computed with `networks` (player name to network).
    func infer(_ request: InferenceRequest, networks: [String: Module]) -> Tensor
}

/// A model whose inference starts from a latent: noise, and labels or codes.
public protocol LatentModel: ZooModel {
    /// Noise (and labels) for `count` samples.
    func sampleLatent(count: Int, random: inout RandomGenerator) -> Latent
}

extension LatentModel {
    public var input: ModelInput { conditioningClasses == nil ? .noise : .noiseAndLabel }

    public func previewRequest(count: Int, random: inout RandomGenerator) -> InferenceRequest {
        .latent(sampleLatent(count: count, random: &random))
    }
}

/// A latent model with an intermediate style space W (StyleGAN, StyleGAN2) whose
/// inference honours `Latent.truncation`: styles pulled towards their mean.
public protocol StyleSpaceModel: LatentModel {}
