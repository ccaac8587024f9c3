import CDNNL

/// One operand of a oneDNN primitive: the user's plain layout, the layout the
/// primitive wants, and the reorder between them when they differ.
struct DNNLOperand {
    let argument: Int32
    var user: dnnl_memory_desc_t
    var native: dnnl_memory_desc_t
    let reorder: dnnl_primitive_t?
    let nativeBytes: Int

    init(argument: Int32, user: dnnl_memory_desc_t, native: dnnl_memory_desc_t, isOutput: Bool, engine: dnnl_engine_t) {
        self.argument = argument
        self.user = user
        self.native = native
        var u = user, n = native
        nativeBytes = dnnl_memory_desc_get_size(&n)
        if dnnl_memory_desc_equal(&u, &n) != 0 {
            reorder = nil
            return
        }
        var pd: dnnl_primitive_desc_t?
        if isOutput {
            DNNL.check(dnnl_reorder_primitive_desc_create(&pd, &n, engine, &u, engine, nil), "reorder_primitive_desc_create")
        } else {
            DNNL.check(dnnl_reorder_primitive_desc_create(&pd, &u, engine, &n, engine, nil), "reorder_primitive_desc_create")
        }
        var primitive: dnnl_primitive_t?
        DNNL.check(dnnl_primitive_create(&primitive, pd), "primitive_create (reorder)")
        dnnl_primitive_desc_destroy(pd)
        reorder = primitive
    }

    /// Calls `body` with a memory object in the primitive's layout holding `source`.
    func withMemory<R>(
        _ engine: dnnl_engine_t, _ stream: dnnl_stream_t, source: UnsafeMutablePointer<Float>,
        _ body: (dnnl_memory_t) -> R
    ) -> R {
        var u = user
        let userMemory = Self.memory(&u, engine, source)
        defer { dnnl_memory_destroy(userMemory) }
        guard let reorder else { return body(userMemory) }
        return withNativeBuffer(engine) { nativeMemory in
            run(reorder, stream, from: userMemory, to: nativeMemory)
            return body(nativeMemory)
        }
    }

    /// Calls `body` with a memory object in the primitive's layout, then stores it to `destination`.
    func withOutputMemory<R>(
        _ engine: dnnl_engine_t, _ stream: dnnl_stream_t, destination: UnsafeMutablePointer<Float>,
        _ body: (dnnl_memory_t) -> R
    ) -> R {
        var u = user
        let userMemory = Self.memory(&u, engine, destination)
        defer { dnnl_memory_destroy(userMemory) }
        guard let reorder else { return body(userMemory) }
        return withNativeBuffer(engine) { nativeMemory in
            let result = body(nativeMemory)
            run(reorder, stream, from: nativeMemory, to: userMemory)
            return result
        }
    }

    private func withNativeBuffer<R>(_ engine: dnnl_engine_t, _ body: (dnnl_memory_t) -> R) -> R {
        let buffer = BufferCache.allocate(nativeBytes)
        defer { BufferCache.release(buffer, bytes: nativeBytes) }
        var n = native
        let memory = Self.memory(&n, engine, buffer)
        defer { dnnl_memory_destroy(memory) }
        return body(memory)
    }

    private func run(_ reorder: dnnl_primitive_t, _ stream: dnnl_stream_t, from: dnnl_memory_t, to: dnnl_memory_t) {
        let args = [dnnl_exec_arg_t(arg: sgArgFrom, memory: from), dnnl_exec_arg_t(arg: sgArgTo, memory: to)]
        DNNL.check(dnnl_primitive_execute(reorder, stream, 2, args), "reorder execute")
    }

    private static func memory(
        _ md: UnsafeMutablePointer<dnnl_memory_desc_t>, _ engine: dnnl_engine_t, _ handle: UnsafeMutableRawPointer
    ) -> dnnl_memory_t {
        var memory: dnnl_memory_t?
        DNNL.check(dnnl_memory_create(&memory, md, engine, handle), "memory_create")
        return memory!
    }
}
