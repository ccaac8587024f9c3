import Foundation
import SwiftGANOptim

/// R3GAN's schedules: every value follows `end + (start − end) · (1 + cos(π t/T)) / 2`
/// over `T` steps and stays at `end` after. The learning rate and Adam's β2
/// of every player, γ, and the half-life of each moving average (rising from 0).
struct R3GANSchedule {
    /// Steps the cosine runs over.
    let steps: Int
    /// Each player's learning rate and β2 at the start.
    let starts: [String: (learningRate: Float, beta2: Float)]
    /// Each averaged player's half-life at the end, in thousands of images.
    let halfLives: [String: Double]
    let learningRateEnd: Float
    let beta2End: Float

    /// `start` at step 0 moving to `end` at `steps`.
    static func cosine(_ start: Double, _ end: Double, step: Int, steps: Int) -> Double {
        let progress = min(1, Double(step) / Double(steps))
        return end + (start - end) * (1 + cos(Double.pi * progress)) / 2
    }

    /// Sets the players' learning rates, β2 and moving-average half-lives for `step`.
    func apply(step: Int, players: [Player]) {
        for player in players {
            if let start = starts[player.name] {
                player.optimizer.learningRate = Float(Self.cosine(Double(start.learningRate), Double(learningRateEnd), step: step, steps: steps))
                (player.optimizer as? Adam)?.beta2 = Float(Self.cosine(Double(start.beta2), Double(beta2End), step: step, steps: steps))
            }
            if let halfLife = halfLives[player.name], let average = player.average {
                average.decay = .halfLife(kimg: Self.cosine(0, halfLife, step: step, steps: steps))
            }
        }
    }
}
