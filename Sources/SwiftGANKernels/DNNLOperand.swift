import CDNNL

/// One operand of a oneDNN primitive: the user's plain layout, the layout the
/// primitive wants, and the reorder between them when they differ (made and
/// run by `DNNL`).
struct DNNLOperand {
    let argument: Int32
    let user: dnnl_memory_desc_t
    let native: dnnl_memory_desc_t
    /// user -> native for inputs, native -> user for the output; nil when the layouts agree.
    let reorder: dnnl_primitive_t?
    let nativeBytes: Int
}
