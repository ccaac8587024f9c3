import SwiftGAN

/// A module with one parameter and one buffer, for moving-average tests.
final class TinyModule: Module {
    let weight: Parameter
    let running: Buffer

    init(weight: [Float], running: [Float]) {
        self.weight = Parameter(NDArray(weight, shape: [weight.count]))
        self.running = Buffer(NDArray(running, shape: [running.count]))
    }
}
