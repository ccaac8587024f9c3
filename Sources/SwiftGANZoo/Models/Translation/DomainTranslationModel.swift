import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// A multi-domain translator (StarGAN, ComboGAN, FUNIT): inference takes images `[N, C, H, W]`
/// in [-1, 1] and a target domain for each (`AttributeDomains` numbering),
/// and gives each image as it looks in its target domain.
public protocol DomainTranslationModel: ZooModel {
    /// The held-out examples that previews and measures translate, labeled by their domains.
    var preview: TranslationPreview { get }
    /// The attribute groups the domains are made of.
    var domains: AttributeDomains { get }
    /// Whether translation needs the images' own domains (ComboGAN's encoders are per domain); StarGAN's does not.
    var needsSourceDomains: Bool { get }
    /// `images` of domains `sources` (nil when unknown, for models that do not need them) translated to
    /// `targets` (one domain per image), with `networks` (player name to network).
    func translate(_ images: Tensor, from sources: [Int]?, to targets: [Int], networks: [String: Module]) -> Tensor
}

extension DomainTranslationModel {
    public var input: ModelInput { .imageAndDomain }
    public var conditioningClasses: Int? { domains.count }
    public var needsSourceDomains: Bool { false }

    /// The first `count` held-out inputs, each sent to its domain with one group moved to its next level (in turn).
    public func previewRequest(count: Int, random: inout RandomGenerator) -> InferenceRequest {
        let (inputs, own) = heldOut(count: count)
        let targets = own.enumerated().map { index, domain in edited(domain, group: index % domains.groups.count, by: 1) }
        return .imageAndDomain(inputs, from: own, to: targets)
    }

    public func infer(_ request: InferenceRequest, networks: [String: Module]) -> Tensor {
        guard case .imageAndDomain(let images, let sources, let targets) = request else { preconditionFailure("\(Self.self): inference takes images and domains, got \(request)") }
        precondition(sources != nil || !needsSourceDomains, "\(Self.self): translation needs the images' own domains")
        return translate(Tensor(images), from: sources, to: targets, networks: networks)
    }

    /// The first `count` held-out inputs and their domains.
    public func heldOut(count: Int) -> (inputs: NDArray, domains: [Int]) {
        let inputs = preview.inputs(count: count)
        let data: any Dataset
        do { data = try preview.examples() } catch { preconditionFailure("\(Self.self): the held-out examples cannot be read: \(error)") }
        let own = (0..<count).map { index -> Int in
            guard let label = try? data.example(at: index % data.count).label else { preconditionFailure("\(Self.self): held-out example \(index) has no domain label") }
            return label
        }
        return (inputs, own)
    }

    /// `domain` with the level of `group` moved `steps` levels on (wrapping).
    public func edited(_ domain: Int, group: Int, by steps: Int) -> Int {
        var levels = domains.levels(domain)
        levels[group] = (levels[group] + steps) % domains.groups[group].levels
        return domains.domain(levels)
    }

    /// Rows of the first `count` held-out inputs followed by their edits,
    /// one per group (each moved to its next level), `[count * (groups + 1), C, H, W]`.
    public func editSheet(inference: Inference, count: Int) -> NDArray {
        let (inputs, own) = heldOut(count: count)
        let edits = (0..<domains.groups.count).map { group in
            inference(.imageAndDomain(inputs, from: own, to: own.map { edited($0, group: group, by: 1) }))
        }
        let rows = (0..<count).flatMap { i in ([inputs] + edits).map { $0.slice(axis: 0, start: i, end: i + 1) } }
        return NDArray.concatenate(rows, axis: 0)
    }
}
