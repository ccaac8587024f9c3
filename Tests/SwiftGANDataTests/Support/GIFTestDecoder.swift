/// A minimal GIF reader for the tests: the header, the NETSCAPE loop count,
/// and each frame's delay, palette and LZW-decoded indices. It stops the test
/// (returns nil) on anything it does not expect.
struct GIFTestDecoder {
    var width = 0
    var height = 0
    var loopCount: Int?
    var frames: [GIFTestFrame] = []

    init?(_ bytes: [UInt8]) {
        guard bytes.count > 13, Array(bytes[0..<6]) == Array("GIF89a".utf8) else { return nil }
        var at = 6
        func short() -> Int { defer { at += 2 }; return Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        width = short()
        height = short()
        let packed = bytes[at]
        at += 3
        var global: [[UInt8]] = []
        if packed & 0x80 != 0 {
            let entries = 2 << Int(packed & 7)
            global = (0..<entries).map { Array(bytes[(at + 3 * $0)..<(at + 3 * $0 + 3)]) }
            at += 3 * entries
        }
        var delay = 0
        while at < bytes.count {
            switch bytes[at] {
            case 0x3B:
                return
            case 0x21:
                let label = bytes[at + 1]
                at += 2
                var blocks: [[UInt8]] = []
                while bytes[at] != 0 {
                    blocks.append(Array(bytes[(at + 1)..<(at + 1 + Int(bytes[at]))]))
                    at += 1 + Int(bytes[at])
                }
                at += 1
                if label == 0xF9 { delay = Int(blocks[0][1]) | Int(blocks[0][2]) << 8 }
                if label == 0xFF, blocks.count == 2, blocks[0] == Array("NETSCAPE2.0".utf8) {
                    loopCount = Int(blocks[1][1]) | Int(blocks[1][2]) << 8
                }
            case 0x2C:
                at += 5
                let w = short(), h = short()
                let flags = bytes[at]
                at += 1
                var palette = global
                if flags & 0x80 != 0 {
                    let entries = 2 << Int(flags & 7)
                    palette = (0..<entries).map { Array(bytes[(at + 3 * $0)..<(at + 3 * $0 + 3)]) }
                    at += 3 * entries
                }
                let minimumCodeSize = Int(bytes[at])
                at += 1
                var data: [UInt8] = []
                while bytes[at] != 0 {
                    data += bytes[(at + 1)..<(at + 1 + Int(bytes[at]))]
                    at += 1 + Int(bytes[at])
                }
                at += 1
                guard let indices = Self.lzwDecode(data, minimumCodeSize: minimumCodeSize), indices.count == w * h,
                      indices.allSatisfy({ Int($0) < palette.count }) else { return nil }
                frames.append(GIFTestFrame(delay: delay, palette: palette, indices: indices))
            default:
                return nil
            }
        }
        return nil
    }

    /// GIF LZW decoding (codes least significant bit first, growing to 12 bits).
    static func lzwDecode(_ data: [UInt8], minimumCodeSize: Int) -> [UInt8]? {
        let clear = 1 << minimumCodeSize, end = clear + 1
        var table: [[UInt8]] = []
        var codeSize = minimumCodeSize + 1
        var previous: [UInt8]?
        var out: [UInt8] = []
        var bit = 0
        func reset() {
            table = (0..<clear).map { [UInt8($0)] } + [[], []]
            codeSize = minimumCodeSize + 1
            previous = nil
        }
        reset()
        while bit + codeSize <= data.count * 8 {
            var code = 0
            for k in 0..<codeSize where data[(bit + k) / 8] >> ((bit + k) % 8) & 1 == 1 { code |= 1 << k }
            bit += codeSize
            if code == clear { reset(); continue }
            if code == end { return out }
            var entry: [UInt8]
            if code < table.count {
                entry = table[code]
            } else if code == table.count, let previous {
                entry = previous + [previous[0]]
            } else {
                return nil
            }
            out += entry
            if let previous, table.count < 4096 { table.append(previous + [entry[0]]) }
            if table.count == 1 << codeSize && codeSize < 12 { codeSize += 1 }
            previous = entry
        }
        return nil
    }
}
