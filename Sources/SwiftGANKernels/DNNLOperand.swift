import CDNNL

/// One operand of a oneDNN primitive: the user's plain layout, the layout the
/// primitive wants, and the reorder between them when they differ (made and
/// run by `DNNL`).
struct DNNLOperand {
    let argument: Int32
    /// Owned descriptors, kept for the life of the cached primitive.
    let user: sg_md
    let native: sg_md
    /// user -> native for inputs, native -> user for the output; nil when the layouts agree.
    let reorder: dnnl_primitive_t?
    let nativeBytes: Int
}
