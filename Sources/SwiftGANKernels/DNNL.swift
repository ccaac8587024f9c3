import CDNNL
import Foundation

/// The one place that calls oneDNN: GEMM and cached convolution primitives.
/// (`shim.h` adapts the calls that differ between oneDNN 2.x and 3.x.)
///
/// Convolutions are created with `format_tag_any` so oneDNN picks its fast
/// blocked layouts; NCHW user arrays are reordered in and out around the call.
final class DNNL: @unchecked Sendable {
    static let shared = DNNL()

    private let engine: dnnl_engine_t
    private let stream: dnnl_stream_t
    private let lock = NSLock()
    private var convolutions: [ConvolutionKey: ConvolutionPrimitive] = [:]

    private init() {
        var engine: dnnl_engine_t?
        DNNL.check(dnnl_engine_create(&engine, dnnl_cpu, 0), "engine_create")
        var stream: dnnl_stream_t?
        DNNL.check(dnnl_stream_create(&stream, engine, dnnl_stream_default_flags.rawValue), "stream_create")
        self.engine = engine!
        self.stream = stream!
    }

    static func check(_ status: dnnl_status_t, _ call: @autoclosure () -> String) {
        precondition(status == dnnl_success, "oneDNN \(call()) failed with status \(status.rawValue)")
    }

    // MARK: GEMM

    /// Row-major `C = alpha * op(A) * op(B) + beta * C`.
    static func sgemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float,
        a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        let status = dnnl_sgemm(
            CChar(UInt8(ascii: transposeA ? "T" : "N")), CChar(UInt8(ascii: transposeB ? "T" : "N")),
            Int64(m), Int64(n), Int64(k), alpha, a, Int64(lda), b, Int64(ldb), beta, c, Int64(ldc))
        check(status, "sgemm")
    }

    // MARK: Convolution

    /// Runs a convolution pass: `first` and `second` are the read operands, in the order
    /// (src, weights) / (diff_dst, weights) / (src, diff_dst); `output` is written.
    func convolve(_ key: ConvolutionKey, _ first: NDArray, _ second: NDArray, into output: NDArray) {
        lock.lock()
        defer { lock.unlock() }
        let primitive = convolutions[key] ?? makeConvolution(key)
        if convolutions[key] == nil {
            if convolutions.count >= DNNL.cacheCapacity { clearConvolutions() }
            convolutions[key] = primitive
        }
        let pointers = [first.storage.pointer, second.storage.pointer, output.storage.pointer]
        var memories: [dnnl_memory_t] = []
        var buffers: [(UnsafeMutableRawPointer, Int)] = []
        var args: [dnnl_exec_arg_t] = []
        for (index, operand) in primitive.operands.enumerated() {
            let userMemory = memory(operand.user, pointers[index])
            memories.append(userMemory)
            guard let reorder = operand.reorder else {
                args.append(dnnl_exec_arg_t(arg: operand.argument, memory: userMemory))
                continue
            }
            let buffer = BufferCache.allocate(operand.nativeBytes)
            buffers.append((buffer, operand.nativeBytes))
            let nativeMemory = memory(operand.native, buffer)
            memories.append(nativeMemory)
            args.append(dnnl_exec_arg_t(arg: operand.argument, memory: nativeMemory))
            if index < 2 { run(reorder, from: userMemory, to: nativeMemory) }
        }
        DNNL.check(dnnl_primitive_execute(primitive.primitive, stream, Int32(args.count), args), "convolution execute")
        if let reorder = primitive.operands[2].reorder {
            run(reorder, from: args[2].memory, to: memories[memories.count - 2])
        }
        DNNL.check(dnnl_stream_wait(stream), "stream_wait")
        for m in memories { dnnl_memory_destroy(m) }
        for (buffer, bytes) in buffers { BufferCache.release(buffer, bytes: bytes) }
    }

    /// At most this many convolution primitives are kept (a key includes the batch size).
    static let cacheCapacity = 256

    private func clearConvolutions() {
        for primitive in convolutions.values {
            dnnl_primitive_destroy(primitive.primitive)
            for operand in primitive.operands {
                if let reorder = operand.reorder { dnnl_primitive_destroy(reorder) }
                sg_md_destroy(operand.user)
                sg_md_destroy(operand.native)
            }
        }
        convolutions.removeAll()
    }

    private func makeConvolution(_ key: ConvolutionKey) -> ConvolutionPrimitive {
        let g = key.geometry
        let weightDims = g.groups == 1 ? key.weight : [g.groups, key.weight[0] / g.groups] + key.weight[1...]
        let weightTag = g.groups == 1 ? dnnl_oihw : dnnl_goihw
        let src = DNNL.memoryDescriptor(key.input, dnnl_format_tag_any)
        let wei = DNNL.memoryDescriptor(weightDims, dnnl_format_tag_any)
        let dst = DNNL.memoryDescriptor(key.output, dnnl_format_tag_any)
        defer { sg_md_destroy(src); sg_md_destroy(wei); sg_md_destroy(dst) }
        let strides: [Int64] = [Int64(g.strideH), Int64(g.strideW)]
        let dilates: [Int64] = [Int64(g.dilationH - 1), Int64(g.dilationW - 1)]
        let padL: [Int64] = [Int64(g.paddingH), Int64(g.paddingW)]
        let padR: [Int64] = [
            Int64((key.output[2] - 1) * g.strideH + g.dilationH * (key.weight[2] - 1) + 1 - key.input[2] - g.paddingH),
            Int64((key.output[3] - 1) * g.strideW + g.dilationW * (key.weight[3] - 1) + 1 - key.input[3] - g.paddingW),
        ]
        var forward: dnnl_primitive_desc_t?
        DNNL.check(sg_conv_forward(&forward, engine, src, wei, dst, strides, dilates, padL, padR), "convolution forward for \(key)")
        var pd: dnnl_primitive_desc_t?
        let roles: [(argument: Int32, query: dnnl_query_t, dims: [Int], tag: dnnl_format_tag_t)]
        switch key.pass {
        case .forward:
            swap(&pd, &forward)
            roles = [
                (sgArgSrc, dnnl_query_src_md, key.input, dnnl_nchw),
                (sgArgWeights, dnnl_query_weights_md, weightDims, weightTag),
                (sgArgDst, dnnl_query_dst_md, key.output, dnnl_nchw),
            ]
        case .backwardData:
            DNNL.check(
                sg_conv_backward_data(&pd, engine, src, wei, dst, strides, dilates, padL, padR, forward),
                "convolution backward data for \(key)")
            roles = [
                (sgArgDiffDst, dnnl_query_diff_dst_md, key.output, dnnl_nchw),
                (sgArgWeights, dnnl_query_weights_md, weightDims, weightTag),
                (sgArgDiffSrc, dnnl_query_diff_src_md, key.input, dnnl_nchw),
            ]
        case .backwardWeights:
            DNNL.check(
                sg_conv_backward_weights(&pd, engine, src, wei, dst, strides, dilates, padL, padR, forward),
                "convolution backward weights for \(key)")
            roles = [
                (sgArgSrc, dnnl_query_src_md, key.input, dnnl_nchw),
                (sgArgDiffDst, dnnl_query_diff_dst_md, key.output, dnnl_nchw),
                (sgArgDiffWeights, dnnl_query_diff_weights_md, weightDims, weightTag),
            ]
        }
        if let forward { dnnl_primitive_desc_destroy(forward) }
        var primitive: dnnl_primitive_t?
        DNNL.check(dnnl_primitive_create(&primitive, pd), "primitive_create for \(key)")
        let operands = roles.enumerated().map { index, role in
            makeOperand(
                argument: role.argument, user: DNNL.memoryDescriptor(role.dims, role.tag),
                native: sg_query_md(pd, role.query), isOutput: index == 2)
        }
        dnnl_primitive_desc_destroy(pd)
        return ConvolutionPrimitive(primitive: primitive!, operands: operands)
    }

    private func makeOperand(argument: Int32, user: sg_md, native: sg_md, isOutput: Bool) -> DNNLOperand {
        let bytes = sg_md_size(native)
        if sg_md_equal(user, native) != 0 {
            return DNNLOperand(argument: argument, user: user, native: native, reorder: nil, nativeBytes: bytes)
        }
        var pd: dnnl_primitive_desc_t?
        let status = isOutput ? sg_reorder_create(&pd, native, user, engine) : sg_reorder_create(&pd, user, native, engine)
        DNNL.check(status, "reorder_primitive_desc_create")
        var reorder: dnnl_primitive_t?
        DNNL.check(dnnl_primitive_create(&reorder, pd), "primitive_create (reorder)")
        dnnl_primitive_desc_destroy(pd)
        return DNNLOperand(argument: argument, user: user, native: native, reorder: reorder, nativeBytes: bytes)
    }

    private func memory(_ descriptor: sg_md, _ handle: UnsafeMutableRawPointer) -> dnnl_memory_t {
        var memory: dnnl_memory_t?
        DNNL.check(sg_memory_create(&memory, descriptor, engine, handle), "memory_create")
        return memory!
    }

    private func run(_ reorder: dnnl_primitive_t, from: dnnl_memory_t?, to: dnnl_memory_t) {
        let args = [dnnl_exec_arg_t(arg: sgArgFrom, memory: from), dnnl_exec_arg_t(arg: sgArgTo, memory: to)]
        DNNL.check(dnnl_primitive_execute(reorder, stream, 2, args), "reorder execute")
    }

    /// An owned f32 memory descriptor (released with `sg_md_destroy`, or kept by a cached operand).
    static func memoryDescriptor(_ dims: [Int], _ tag: dnnl_format_tag_t) -> sg_md {
        guard let md = sg_md_create(Int32(dims.count), dims.map { Int64($0) }, tag) else {
            preconditionFailure("oneDNN cannot describe an f32 array of shape \(dims)")
        }
        return md
    }
}
