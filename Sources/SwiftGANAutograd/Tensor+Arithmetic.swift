import SwiftGANKernels

extension Tensor {
    /// Element-wise sum with broadcasting.
    public static func + (a: Tensor, b: Tensor) -> Tensor {
        record(a.value + b.value, operation: "add", inputs: [a, b]) { g, needed in
            [needed[0] ? g.sum(toShape: a.shape) : nil, needed[1] ? g.sum(toShape: b.shape) : nil]
        }
    }

    /// Element-wise difference with broadcasting.
    public static func - (a: Tensor, b: Tensor) -> Tensor {
        record(a.value - b.value, operation: "sub", inputs: [a, b]) { g, needed in
            [needed[0] ? g.sum(toShape: a.shape) : nil, needed[1] ? (-g).sum(toShape: b.shape) : nil]
        }
    }

    /// Element-wise product with broadcasting.
    public static func * (a: Tensor, b: Tensor) -> Tensor {
        record(a.value * b.value, operation: "mul", inputs: [a, b]) { g, needed in
            [needed[0] ? (g * b).sum(toShape: a.shape) : nil, needed[1] ? (g * a).sum(toShape: b.shape) : nil]
        }
    }

    /// Element-wise quotient with broadcasting.
    public static func / (a: Tensor, b: Tensor) -> Tensor {
        record(a.value / b.value, operation: "div", inputs: [a, b]) { g, needed in
            [
                needed[0] ? (g / b).sum(toShape: a.shape) : nil,
                needed[1] ? (-(g * a) / (b * b)).sum(toShape: b.shape) : nil,
            ]
        }
    }

    /// Negation.
    public static prefix func - (x: Tensor) -> Tensor { x.affine(scale: -1, shift: 0) }

    /// `x * scale + shift` in one pass.
    public func affine(scale: Float, shift: Float) -> Tensor {
        Tensor.record(value.map(.affine(scale: scale, shift: shift)), operation: "affine", inputs: [self]) { g, _ in
            [g.affine(scale: scale, shift: 0)]
        }
    }

    /// `a * b + c` in one fused pass, with broadcasting.
    public static func multiplyAdd(_ a: Tensor, _ b: Tensor, _ c: Tensor) -> Tensor {
        record(NDArray.multiplyAdd(a.value, b.value, c.value), operation: "multiplyAdd", inputs: [a, b, c]) { g, needed in
            [
                needed[0] ? (g * b).sum(toShape: a.shape) : nil,
                needed[1] ? (g * a).sum(toShape: b.shape) : nil,
                needed[2] ? g.sum(toShape: c.shape) : nil,
            ]
        }
    }

    /// `a + s` for every element.
    public static func + (a: Tensor, s: Float) -> Tensor { a.affine(scale: 1, shift: s) }
    /// `s + a` for every element.
    public static func + (s: Float, a: Tensor) -> Tensor { a.affine(scale: 1, shift: s) }
    /// `a - s` for every element.
    public static func - (a: Tensor, s: Float) -> Tensor { a.affine(scale: 1, shift: -s) }
    /// `s - a` for every element.
    public static func - (s: Float, a: Tensor) -> Tensor { a.affine(scale: -1, shift: s) }
    /// `a * s` for every element.
    public static func * (a: Tensor, s: Float) -> Tensor { a.affine(scale: s, shift: 0) }
    /// `s * a` for every element.
    public static func * (s: Float, a: Tensor) -> Tensor { a.affine(scale: s, shift: 0) }
    /// `a / s` for every element.
    public static func / (a: Tensor, s: Float) -> Tensor { a.affine(scale: 1 / s, shift: 0) }
    /// `s / a` for every element.
    public static func / (s: Float, a: Tensor) -> Tensor { a.reciprocal() * s }

    /// `a == b`, element-wise, as 1 or 0 (a constant).
    public static func .== (a: Tensor, b: Tensor) -> Tensor { Tensor(a.value.zip(b.value, .equal)) }
    /// `a != b`, element-wise, as 1 or 0 (a constant).
    public static func .!= (a: Tensor, b: Tensor) -> Tensor { Tensor(a.value.zip(b.value, .notEqual)) }
    /// `a < b`, element-wise, as 1 or 0 (a constant).
    public static func .< (a: Tensor, b: Tensor) -> Tensor { Tensor(a.value.zip(b.value, .less)) }
    /// `a <= b`, element-wise, as 1 or 0 (a constant).
    public static func .<= (a: Tensor, b: Tensor) -> Tensor { Tensor(a.value.zip(b.value, .lessEqual)) }
    /// `a > b`, element-wise, as 1 or 0 (a constant).
    public static func .> (a: Tensor, b: Tensor) -> Tensor { Tensor(a.value.zip(b.value, .greater)) }
    /// `a >= b`, element-wise, as 1 or 0 (a constant).
    public static func .>= (a: Tensor, b: Tensor) -> Tensor { Tensor(a.value.zip(b.value, .greaterEqual)) }

    /// `condition != 0 ? a : b`, element-wise with broadcasting; `condition` is not differentiated.
    public static func `where`(_ condition: Tensor, _ a: Tensor, _ b: Tensor) -> Tensor {
        let mask = condition.value
        return record(NDArray.select(mask, a.value, b.value), operation: "where", inputs: [a, b]) { g, needed in
            let zero = Tensor(scalar: 0), m = Tensor(mask)
            return [
                needed[0] ? Tensor.where(m, g, zero).sum(toShape: a.shape) : nil,
                needed[1] ? Tensor.where(m, zero, g).sum(toShape: b.shape) : nil,
            ]
        }
    }

    /// Element-wise minimum with broadcasting (the gradient goes to `a` on ties).
    public static func minimum(_ a: Tensor, _ b: Tensor) -> Tensor { .where(a .<= b, a, b) }

    /// Element-wise maximum with broadcasting (the gradient goes to `a` on ties).
    public static func maximum(_ a: Tensor, _ b: Tensor) -> Tensor { .where(a .>= b, a, b) }
}
