import CDNNL

/// A created oneDNN convolution primitive and its three operands, in the
/// order (read, read, written).
struct ConvolutionPrimitive {
    let primitive: dnnl_primitive_t
    let operands: [DNNLOperand]
}
