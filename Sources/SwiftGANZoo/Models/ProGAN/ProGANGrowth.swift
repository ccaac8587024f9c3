/// The resolution a ProGAN is at, shared by its networks and their moving
/// averages: stage `s` works at `4 · 2^s` pixels, and while a stage fades in,
/// `alpha` weighs its new layers against the previous stage's output.
/// Networks start fully grown (the last stage, `alpha` 1), as inference from
/// a finished run wants them; training sets the stage of every step.
final class ProGANGrowth {
    /// How many resolutions there are, 4x4 to the data's.
    let stages: Int
    /// The stage in use.
    var stage: Int
    /// The new layers' weight while the stage fades in, 1 after.
    var alpha: Float = 1

    init(stages: Int) {
        precondition(stages > 0, "ProGANGrowth: at least one stage, got \(stages)")
        self.stages = stages
        stage = stages - 1
    }

    /// The side of the images at `stage`.
    static func side(of stage: Int) -> Int { 4 << stage }

    /// The schedule of a run at batch size `batch`: a stage every `stageImages`
    /// images, each fading in over `fadeImages`.
    func schedule(stageImages: Int, fadeImages: Int, batch: Int) -> GrowthSchedule {
        let stageSteps = max(1, stageImages / batch)
        let names = (0..<stages).map { "\(Self.side(of: $0))x\(Self.side(of: $0))" }
        return GrowthSchedule(stageStarts: (0..<stages).map { $0 * stageSteps }, fadeSteps: fadeImages / batch, stageNames: names) { [self] stage, alpha in
            (self.stage, self.alpha) = (stage, alpha)
        }
    }
}
