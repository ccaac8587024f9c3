/// Bit-exact conversions between `Float` and the 16-bit float formats
/// (IEEE binary16 and bfloat16), rounding to nearest, ties to even.
///
/// Written with integer arithmetic so that they behave the same on every
/// platform, including those without a native `Float16`.
package enum HalfPrecision {
    /// The binary16 bit pattern nearest to `value` (overflow gives infinity, NaN stays NaN).
    package static func binary16Bits(from value: Float) -> UInt16 {
        let bits = value.bitPattern
        let sign = UInt16(truncatingIfNeeded: (bits >> 16) & 0x8000)
        let exponent = Int((bits >> 23) & 0xFF)
        let mantissa = bits & 0x7F_FFFF
        if exponent == 0xFF {
            let payload = mantissa == 0 ? 0 : 0x200 | UInt16(truncatingIfNeeded: mantissa >> 13)
            return sign | 0x7C00 | payload
        }
        let halfExponent = exponent - 127 + 15
        if halfExponent >= 0x1F { return sign | 0x7C00 }
        if halfExponent <= 0 {
            let shift = 14 - halfExponent
            if shift > 24 { return sign }
            let significand = mantissa | 0x80_0000
            return sign | UInt16(truncatingIfNeeded: roundedShift(significand, by: shift))
        }
        let truncated = UInt32(sign) | UInt32(halfExponent) << 10 | mantissa >> 13
        return UInt16(truncatingIfNeeded: truncated + roundingIncrement(remainder: mantissa & 0x1FFF, half: 0x1000, kept: truncated))
    }

    /// The `Float` holding the binary16 value `bits` exactly.
    package static func float(fromBinary16 bits: UInt16) -> Float {
        let sign = UInt32(bits & 0x8000) << 16
        let exponent = UInt32(bits >> 10) & 0x1F
        let mantissa = UInt32(bits & 0x3FF)
        switch exponent {
        case 0:
            let magnitude = Float(mantissa) * 0x1p-24
            return sign == 0 ? magnitude : -magnitude
        case 0x1F:
            return Float(bitPattern: sign | 0x7F80_0000 | mantissa << 13)
        default:
            return Float(bitPattern: sign | (exponent + 112) << 23 | mantissa << 13)
        }
    }

    /// The bfloat16 bit pattern nearest to `value` (NaN stays NaN, made quiet).
    package static func bfloat16Bits(from value: Float) -> UInt16 {
        let bits = value.bitPattern
        if value.isNaN { return UInt16(truncatingIfNeeded: bits >> 16) | 0x0040 }
        let truncated = bits >> 16
        return UInt16(truncatingIfNeeded: truncated + roundingIncrement(remainder: bits & 0xFFFF, half: 0x8000, kept: truncated))
    }

    /// The `Float` holding the bfloat16 value `bits` exactly.
    package static func float(fromBFloat16 bits: UInt16) -> Float {
        Float(bitPattern: UInt32(bits) << 16)
    }

    /// `value >> shift`, rounded to nearest, ties to even.
    private static func roundedShift(_ value: UInt32, by shift: Int) -> UInt32 {
        let kept = value >> UInt32(shift)
        let remainder = value & ((1 << UInt32(shift)) - 1)
        return kept + roundingIncrement(remainder: remainder, half: 1 << UInt32(shift - 1), kept: kept)
    }

    /// 1 when the dropped `remainder` rounds `kept` up (above half, or exactly half and `kept` odd).
    private static func roundingIncrement(remainder: UInt32, half: UInt32, kept: UInt32) -> UInt32 {
        remainder > half || (remainder == half && kept & 1 == 1) ? 1 : 0
    }
}
