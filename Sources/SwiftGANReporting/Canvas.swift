import SwiftGANData
/// An RGB raster on a white background with the few drawing operations a plot needs.
struct Canvas {
    let width: Int
    let height: Int
    private var samples: [Float]

    init(width: Int, height: Int) {
        (self.width, self.height) = (width, height)
        samples = [Float](repeating: 1, count: width * height * 3)
    }

    var image: Image { Image(width: width, height: height, channels: 3, samples: samples) }

    mutating func set(_ x: Int, _ y: Int, _ color: (Float, Float, Float)) {
        guard x >= 0 && x < width && y >= 0 && y < height else { return }
        let index = (y * width + x) * 3
        (samples[index], samples[index + 1], samples[index + 2]) = color
    }

    /// A line by Bresenham's algorithm.
    mutating func line(from a: (Int, Int), to b: (Int, Int), color: (Float, Float, Float)) {
        var (x, y) = a
        let dx = abs(b.0 - x), dy = -abs(b.1 - y), sx = x < b.0 ? 1 : -1, sy = y < b.1 ? 1 : -1
        var error = dx + dy
        while true {
            set(x, y, color)
            if x == b.0 && y == b.1 { return }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x += sx }
            if doubled <= dx { error += dx; y += sy }
        }
    }

    mutating func rectangle(x: Int, y: Int, width w: Int, height h: Int, color: (Float, Float, Float), filled: Bool = false) {
        for row in y...(y + h) {
            for column in x...(x + w) where filled || row == y || row == y + h || column == x || column == x + w {
                set(column, row, color)
            }
        }
    }

    mutating func text(_ text: String, x: Int, y: Int, color: (Float, Float, Float)) {
        for pixel in PixelFont.pixels(text) { set(x + pixel.x, y + pixel.y, color) }
    }
}
