import SwiftGANNN
import SwiftGANKernels
extension SafetensorsMutation {
    /// Applies `edit` to the header text and reassembles the file, storing the
    /// new header length nine times in ten. When the stored length does not
    /// fit the file, flips a bit instead.
    static func editHeader(
        of bytes: inout [UInt8], using generator: inout SplitMix64, _ edit: (inout [UInt8], inout SplitMix64) -> Void
    ) {
        guard let length = headerLength(of: bytes), length <= UInt64(bytes.count - 8) else {
            SafetensorsMutation.bitFlip.apply(to: &bytes, using: &generator)
            return
        }
        var header = Array(bytes[8..<(8 + Int(length))])
        let data = bytes[(8 + Int(length))...]
        edit(&header, &generator)
        let storedLength = Int.random(in: 0..<10, using: &generator) == 0 ? length : UInt64(header.count)
        bytes = Array(repeating: 0, count: 8) + header + data
        setHeaderLength(storedLength, of: &bytes)
    }

    /// Changes a digit, adds or removes one, makes a number negative, fractional,
    /// exponential or huge.
    static func editDigits(in header: inout [UInt8], using generator: inout SplitMix64) {
        let digits = header.indices.filter { isDigit(header[$0]) }
        guard let position = digits.randomElement(using: &generator) else { return }
        var end = position
        while end < header.count, isDigit(header[end]) { end += 1 }
        let hugeNumbers = ["18446744073709551616", "9223372036854775807", "4611686018427387904", "99999999999999999999999"]
        switch Int.random(in: 0..<7, using: &generator) {
        case 0: header[position] = UInt8(ascii: "0") + UInt8.random(in: 0...9, using: &generator)
        case 1: header.insert(UInt8(ascii: "0") + UInt8.random(in: 0...9, using: &generator), at: position)
        case 2: header.remove(at: position)
        case 3: header.insert(UInt8(ascii: "-"), at: position)
        case 4: header.insert(contentsOf: Array(".5".utf8), at: end)
        case 5: header.insert(contentsOf: Array("e2".utf8), at: end)
        default: header.replaceSubrange(position..<end, with: Array(hugeNumbers.randomElement(using: &generator)!.utf8))
        }
    }

    /// Replaces the value of one `"dtype":"…"` with another dtype, a misspelt one or an unknown one.
    static func swapDType(in header: inout [UInt8], using generator: inout SplitMix64) {
        let marker = Array("\"dtype\":\"".utf8)
        let starts = header.indices.filter { header[$0...].starts(with: marker) }.map { $0 + marker.count }
        guard let start = starts.randomElement(using: &generator),
            let end = header[start...].firstIndex(of: UInt8(ascii: "\""))
        else { return }
        let candidates = SafetensorsDType.allCases.map(\.rawValue) + ["F8_E4M3", "C64", "f32", "", "I128", "F32 ", "F\\u0033\\u0032"]
        header.replaceSubrange(start..<end, with: Array(candidates.randomElement(using: &generator)!.utf8))
    }

    /// Deletes, doubles or replaces one JSON punctuation character.
    static func editPunctuation(in header: inout [UInt8], using generator: inout SplitMix64) {
        let punctuation = Array("{}[],:\"".utf8)
        let positions = header.indices.filter { punctuation.contains(header[$0]) }
        guard let position = positions.randomElement(using: &generator) else { return }
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: header.remove(at: position)
        case 1: header.insert(header[position], at: position)
        default: header[position] = punctuation.randomElement(using: &generator)!
        }
    }

    /// Adds whitespace or other bytes before or after the JSON, or strips the trailing spaces.
    static func editPadding(of header: inout [UInt8], using generator: inout SplitMix64) {
        let fillers: [[UInt8]] = [[0x20], [0x09], [0x0A], [0x0D], [0x00], Array("  x".utf8), Array("{}".utf8), [0xC3]]
        let filler = fillers.randomElement(using: &generator)!
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: header.append(contentsOf: filler)
        case 1: header.insert(contentsOf: filler, at: 0)
        default: while header.last == 0x20 { header.removeLast() }
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
