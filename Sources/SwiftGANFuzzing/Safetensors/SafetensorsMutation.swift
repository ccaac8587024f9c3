import SwiftGANNN
import SwiftGANKernels
/// One way the fuzzer damages a valid safetensors file: byte-level edits
/// anywhere, edits of the header length, and edits of the header's JSON, as
/// text or as a parsed tree (these rewrite the header length to match, most of
/// the time, so that the damage reaches the header checks).
package enum SafetensorsMutation: String, CaseIterable, Sendable {
    case bitFlip, byteOverwrite, truncation, insertion, deletion, headerLength
    case digitEdit, dtypeSwap, structuralEdit, headerPadding, jsonTreeEdit

    /// Bytes worth writing: JSON punctuation, digits, and bytes that are never UTF-8.
    static let interestingBytes: [UInt8] = Array("{}[],:\"\\-0123456789 e.".utf8) + [0x00, 0x7F, 0x80, 0xC0, 0xFF]

    /// Applies this mutation to `bytes` (a file whose header length may already be damaged).
    package func apply(to bytes: inout [UInt8], using generator: inout SplitMix64) {
        switch self {
        case .bitFlip:
            guard let index = Self.randomIndex(in: bytes, using: &generator) else { return }
            bytes[index] ^= 1 << UInt8.random(in: 0...7, using: &generator)
        case .byteOverwrite:
            guard let index = Self.randomIndex(in: bytes, using: &generator) else { return }
            bytes[index] = Self.randomByte(using: &generator)
        case .truncation:
            bytes.removeLast(Int.random(in: 0...bytes.count, using: &generator))
        case .insertion:
            let inserted = (0..<Int.random(in: 1...16, using: &generator)).map { _ in Self.randomByte(using: &generator) }
            bytes.insert(contentsOf: inserted, at: Self.randomIndex(in: bytes, using: &generator) ?? 0)
        case .deletion:
            guard let start = Self.randomIndex(in: bytes, using: &generator) else { return }
            bytes.removeSubrange(start..<min(bytes.count, start + Int.random(in: 1...16, using: &generator)))
        case .headerLength:
            Self.overwriteHeaderLength(of: &bytes, using: &generator)
        case .digitEdit, .dtypeSwap, .structuralEdit, .headerPadding, .jsonTreeEdit:
            Self.editHeader(of: &bytes, using: &generator) { header, generator in
                switch self {
                case .digitEdit: Self.editDigits(in: &header, using: &generator)
                case .dtypeSwap: Self.swapDType(in: &header, using: &generator)
                case .structuralEdit: Self.editPunctuation(in: &header, using: &generator)
                case .headerPadding: Self.editPadding(of: &header, using: &generator)
                default: JSONTreeMutator.mutate(&header, using: &generator)
                }
            }
        }
    }

    /// A random index of `bytes`, half the time within the 8-byte length and the header; `nil` when empty.
    static func randomIndex(in bytes: [UInt8], using generator: inout SplitMix64) -> Int? {
        guard !bytes.isEmpty else { return nil }
        let headerEnd = min(bytes.count, 8 + Int(headerLength(of: bytes).map { min($0, 1 << 30) } ?? 0))
        let end = Bool.random(using: &generator) ? headerEnd : bytes.count
        return Int.random(in: 0..<max(end, 1), using: &generator)
    }

    static func randomByte(using generator: inout SplitMix64) -> UInt8 {
        Bool.random(using: &generator) ? interestingBytes.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
    }

    /// The header length stored in the first 8 bytes, if there are 8.
    static func headerLength(of bytes: [UInt8]) -> UInt64? {
        guard bytes.count >= 8 else { return nil }
        return bytes[0..<8].reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    static func setHeaderLength(_ length: UInt64, of bytes: inout [UInt8]) {
        guard bytes.count >= 8 else { return }
        for index in 0..<8 { bytes[index] = UInt8(truncatingIfNeeded: length >> (8 * UInt64(index))) }
    }

    private static func overwriteHeaderLength(of bytes: inout [UInt8], using generator: inout SplitMix64) {
        guard let length = headerLength(of: bytes) else { return }
        let size = UInt64(bytes.count)
        let choices: [UInt64] = [
            0, 1, 2, length &+ 1, length &- 1, length &+ UInt64.random(in: 2...64, using: &generator), length &- 8, size, size - 8, size - 7,
            100_000_000, 100_000_001, UInt64(Int.max), UInt64(Int.max) + 1, UInt64.max, UInt64.max - 7,
            UInt64.random(in: 0...UInt64(UInt32.max), using: &generator), UInt64.random(in: 0...UInt64.max, using: &generator),
        ]
        setHeaderLength(choices.randomElement(using: &generator)!, of: &bytes)
    }
}
