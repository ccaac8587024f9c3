/// The checks and pairing of the rotation task's two weights (SS-GAN, S3GAN).
enum RotationWeights {
    /// Refuses negative weights, naming the keys of `section`.
    static func check(_ discriminator: Float, _ generator: Float, section: String) throws {
        try ConfigurationError.firstFailure(of: [
            ("rotation_weight", discriminator >= 0 && discriminator.isFinite, "must not be negative"),
            ("generator_rotation_weight", generator >= 0 && generator.isFinite, "must not be negative"),
        ], prefix: section + ".")
    }

    /// The weights as the model takes them: nil when both are 0 (no rotation head at all).
    static func pair(_ discriminator: Float, _ generator: Float) -> (discriminator: Float, generator: Float)? {
        discriminator == 0 && generator == 0 ? nil : (discriminator, generator)
    }
}
