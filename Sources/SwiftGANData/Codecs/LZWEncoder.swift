/// GIF's variable-width LZW compression of palette indices (codes of 3 to 12
/// bits, packed least significant bit first, a clear code when the table of
/// 4096 codes is full).
struct LZWEncoder {
    private(set) var bytes: [UInt8] = []
    private var buffer = 0
    private var pending = 0

    /// Compresses `indices` (each below `1 << minimumCodeSize`) into the code
    /// stream of one GIF image, without the sub-block framing.
    static func encode(_ indices: [UInt8], minimumCodeSize: Int) -> [UInt8] {
        precondition((2...8).contains(minimumCodeSize), "LZWEncoder: minimum code size \(minimumCodeSize) is not in 2...8")
        let alphabet = 1 << minimumCodeSize
        let clear = alphabet, end = alphabet + 1
        var children = [UInt16](repeating: 0, count: 4096 * alphabet)
        var encoder = LZWEncoder()
        var codeSize = minimumCodeSize + 1
        var nextCode = alphabet + 2
        encoder.emit(clear, bits: codeSize)
        var prefix = indices.first.map { Int($0) & (alphabet - 1) }
        for index in indices.dropFirst() {
            let symbol = Int(index) & (alphabet - 1), current = prefix!
            let child = Int(children[current * alphabet + symbol])
            if child != 0 {
                prefix = child
                continue
            }
            encoder.emit(current, bits: codeSize)
            if nextCode < 4096 {
                if nextCode == 1 << codeSize { codeSize += 1 }
                children[current * alphabet + symbol] = UInt16(nextCode)
                nextCode += 1
            } else {
                encoder.emit(clear, bits: codeSize)
                children.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
                codeSize = minimumCodeSize + 1
                nextCode = alphabet + 2
            }
            prefix = symbol
        }
        if let prefix { encoder.emit(prefix, bits: codeSize) }
        encoder.emit(end, bits: codeSize)
        if encoder.pending > 0 { encoder.bytes.append(UInt8(truncatingIfNeeded: encoder.buffer)) }
        return encoder.bytes
    }

    private mutating func emit(_ code: Int, bits: Int) {
        buffer |= code << pending
        pending += bits
        while pending >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            pending -= 8
        }
    }
}
