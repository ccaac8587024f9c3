/// The values the GAN family's text keys accept, for the model pages of `swiftgan models NAME`.
enum AdversarialChoices {
    /// The architectures and normalizations, and the losses (without `excluded`) and penalties when the model has those keys.
    static func of(section: String, losses: Bool = true, excluded: [AdversarialLoss] = [], penalties: Bool = false) -> [(key: String, values: [String])] {
        var choices: [(key: String, values: [String])] = [
            (section + ".architecture", Architecture.all.map(\.name).filter { $0 != "infogan" || section == "infogan" }),
            (section + ".discriminator_normalization", DiscriminatorNormalization.allCases.map(\.rawValue)),
        ]
        if losses { choices.append((section + ".loss", lossNames(excluding: excluded))) }
        if penalties { choices.append((section + ".penalty", GradientPenalty.names)) }
        return choices
    }

    /// The names of the adversarial losses but `excluded`.
    static func lossNames(excluding excluded: [AdversarialLoss]) -> [String] {
        AdversarialLoss.allCases.filter { !excluded.contains($0) }.map(\.rawValue)
    }
}
