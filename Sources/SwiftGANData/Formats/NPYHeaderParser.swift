/// Parses the Python dictionary literal of an NPY header:
/// `{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }`.
struct NPYHeaderParser {
    /// The header text.
    let text: [UInt8]
    /// The file offset of the text's first byte.
    let base: Int
    /// The file, for errors.
    let data: BinaryData
    private var position = 0

    init(text: [UInt8], base: Int, data: BinaryData) {
        (self.text, self.base, self.data) = (text, base, data)
    }

    /// The three entries; any other key, a missing one or a repeated one is an error.
    mutating func parse() throws -> (descr: String, descrOffset: Int, fortranOrder: Bool, shape: [Int]) {
        var descr: (String, Int)?, fortranOrder: Bool?, shape: [Int]?
        try expect("{")
        while true {
            skipSpace()
            if peek() == UInt8(ascii: "}") { break }
            let keyOffset = position
            let key = try string()
            try expect(":")
            skipSpace()
            let valueOffset = position
            switch key {
            case "descr" where descr == nil:
                guard peek() == UInt8(ascii: "'") || peek() == UInt8(ascii: "\"") else {
                    throw fail(at: valueOffset, "the dtype is not a string (structured dtypes are not supported)")
                }
                descr = (try string(), base + valueOffset)
            case "fortran_order" where fortranOrder == nil: fortranOrder = try bool()
            case "shape" where shape == nil: shape = try tuple()
            case "descr", "fortran_order", "shape": throw fail(at: keyOffset, "key '\(key)' appears twice")
            default: throw fail(at: keyOffset, "unexpected key '\(key)' (expected 'descr', 'fortran_order' and 'shape')")
            }
            skipSpace()
            if peek() == UInt8(ascii: ",") {
                position += 1
            } else if peek() != UInt8(ascii: "}") {
                throw fail(at: position, "expected ',' or '}'")
            }
        }
        position += 1
        skipSpace()
        guard position == text.count else { throw fail(at: position, "unexpected text after the closing '}'") }
        guard let descr, let fortranOrder, let shape else {
            throw fail(at: position, "the header lacks \(descr == nil ? "'descr'" : fortranOrder == nil ? "'fortran_order'" : "'shape'")")
        }
        return (descr.0, descr.1, fortranOrder, shape)
    }

    private func peek() -> UInt8? { position < text.count ? text[position] : nil }

    private func fail(at offset: Int, _ problem: String) -> DataError {
        data.error(at: base + offset, "NPY header: " + problem)
    }

    private mutating func skipSpace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
    }

    private mutating func expect(_ character: Character) throws {
        skipSpace()
        guard peek() == character.asciiValue else { throw fail(at: position, "expected '\(character)'") }
        position += 1
    }

    private mutating func string() throws -> String {
        guard let quote = peek(), quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") else {
            throw fail(at: position, "expected a quoted string")
        }
        let start = position + 1
        var end = start
        while end < text.count && text[end] != quote {
            guard text[end] != UInt8(ascii: "\\") else { throw fail(at: end, "escapes in strings are not supported") }
            end += 1
        }
        guard end < text.count else { throw fail(at: position, "the string is not closed") }
        position = end + 1
        return String(decoding: text[start..<end], as: UTF8.self)
    }

    private mutating func bool() throws -> Bool {
        for (word, value) in [("True", true), ("False", false)] where text[position...].starts(with: word.utf8) {
            position += word.utf8.count
            return value
        }
        throw fail(at: position, "fortran_order is not True or False")
    }

    private mutating func tuple() throws -> [Int] {
        guard peek() == UInt8(ascii: "(") else { throw fail(at: position, "the shape is not a tuple") }
        position += 1
        var extents: [Int] = []
        while true {
            skipSpace()
            if peek() == UInt8(ascii: ")") { break }
            extents.append(try integer())
            skipSpace()
            if peek() == UInt8(ascii: ",") {
                position += 1
            } else if peek() != UInt8(ascii: ")") {
                throw fail(at: position, "expected ',' or ')' in the shape")
            }
        }
        position += 1
        return extents
    }

    private mutating func integer() throws -> Int {
        let start = position
        var value = 0
        while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflow1 && !overflow2 else { throw fail(at: start, "shape extent is too large") }
            value = sum
            position += 1
        }
        guard position > start else {
            throw fail(at: start, peek() == UInt8(ascii: "-") ? "shape extent is negative" : "expected an integer in the shape")
        }
        if peek() == UInt8(ascii: "L") { position += 1 }
        return value
    }
}
