extension AdversarialLoss {
    /// The loss called `name`, or an error under `key` listing the losses.
    static func named(_ name: String, key: String, excluding excluded: [AdversarialLoss] = []) throws -> AdversarialLoss {
        let allowed = allCases.filter { !excluded.contains($0) }
        guard let loss = AdversarialLoss(rawValue: name), allowed.contains(loss) else {
            throw ConfigurationError.unknown(key, name, allowed: allowed.map(\.rawValue))
        }
        return loss
    }
}

extension GradientPenalty {
    static let names = ["wgan_gp", "dragan", "r1", "r2"]

    /// The penalty called `name` with `weight` (λ or γ), nil for none, or an error under `key`.
    static func named(_ name: String?, weight: Float, key: String) throws -> GradientPenalty? {
        switch name {
        case nil: return nil
        case "wgan_gp": return .wganGP(weight: weight)
        case "dragan": return .dragan(weight: weight)
        case "r1": return .r1(gamma: weight)
        case "r2": return .r2(gamma: weight)
        case let other?: throw ConfigurationError.unknown(key, other, allowed: names)
        }
    }
}
