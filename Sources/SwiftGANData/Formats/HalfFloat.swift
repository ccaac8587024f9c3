/// IEEE 754 half-precision conversions, written out so that they do not
/// depend on the platform's `Float16`.
enum HalfFloat {
    /// The `Float` with the half-precision bit pattern `bits` (exact).
    static func float(fromBits bits: UInt16) -> Float {
        let sign = UInt32(bits >> 15) << 31
        let exponent = Int(bits >> 10) & 0x1F
        let mantissa = UInt32(bits & 0x3FF)
        switch exponent {
        case 0:
            let magnitude = Float(mantissa) * 0x1p-24
            return sign == 0 ? magnitude : -magnitude
        case 0x1F:
            return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13))
        default:
            return Float(bitPattern: sign | UInt32(exponent + 112) << 23 | (mantissa << 13))
        }
    }

    /// The half-precision bit pattern nearest `value` (ties to even; overflow gives infinity).
    static func bits(from value: Float) -> UInt16 {
        let pattern = value.bitPattern
        let sign = UInt16(pattern >> 16) & 0x8000
        if value.isNaN { return sign | 0x7E00 }
        let magnitude = abs(value)
        if magnitude >= 65520 { return sign | 0x7C00 }
        if magnitude < 0x1p-14 {
            let units = (magnitude * 0x1p24).rounded(.toNearestOrEven)
            return sign | UInt16(units)
        }
        let exponent = Int(magnitude.exponent)
        let scaled = (magnitude * Float(sign: .plus, exponent: 10 - exponent, significand: 1)).rounded(.toNearestOrEven)
        var biased = exponent + 15
        var mantissa = Int(scaled) - 1024
        if mantissa == 1024 {
            mantissa = 0
            biased += 1
        }
        return sign | UInt16(biased << 10) | UInt16(mantissa)
    }
}
