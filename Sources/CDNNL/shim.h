#ifndef SWIFTGAN_CDNNL_SHIM_H
#define SWIFTGAN_CDNNL_SHIM_H

#if __has_include(<oneapi/dnnl/dnnl.h>)
#include <oneapi/dnnl/dnnl.h>
#else
#error "SwiftGAN needs oneDNN: install it with 'apt-get install libdnnl-dev' (Debian/Ubuntu) or 'brew install onednn' (macOS)."
#endif

#include <stdlib.h>

#if DNNL_VERSION_MAJOR < 2 || DNNL_VERSION_MAJOR > 3
#error "SwiftGAN supports the oneDNN 2.x and 3.x C APIs."
#endif

/// Execution-argument indices of the oneDNN C API, as constants Swift can import.
static const int sgArgSrc = DNNL_ARG_SRC;
static const int sgArgDst = DNNL_ARG_DST;
static const int sgArgWeights = DNNL_ARG_WEIGHTS;
static const int sgArgDiffSrc = DNNL_ARG_DIFF_SRC;
static const int sgArgDiffDst = DNNL_ARG_DIFF_DST;
static const int sgArgDiffWeights = DNNL_ARG_DIFF_WEIGHTS;
static const int sgArgFrom = DNNL_ARG_FROM;
static const int sgArgTo = DNNL_ARG_TO;

/* The parts of the API that changed between oneDNN 2.x and 3.x, behind one
 * version-neutral interface. A memory descriptor is an owned handle
 * (`sg_md`): oneDNN 3.x's opaque descriptor, or a heap copy of 2.x's struct. */

#if DNNL_VERSION_MAJOR >= 3
typedef dnnl_memory_desc_t sg_md;

static inline sg_md sg_md_create(int ndims, const int64_t *dims, dnnl_format_tag_t tag) {
    dnnl_memory_desc_t md = NULL;
    return dnnl_memory_desc_create_with_tag(&md, ndims, dims, dnnl_f32, tag) == dnnl_success ? md : NULL;
}
static inline sg_md sg_md_clone(const_dnnl_memory_desc_t source) {
    dnnl_memory_desc_t md = NULL;
    return dnnl_memory_desc_clone(&md, source) == dnnl_success ? md : NULL;
}
static inline void sg_md_destroy(sg_md md) { dnnl_memory_desc_destroy(md); }
static inline int sg_md_equal(sg_md a, sg_md b) { return dnnl_memory_desc_equal(a, b); }
static inline size_t sg_md_size(sg_md md) { return dnnl_memory_desc_get_size(md); }
static inline sg_md sg_query_md(const_dnnl_primitive_desc_t pd, dnnl_query_t what) {
    return sg_md_clone(dnnl_primitive_desc_query_md(pd, what, 0));
}
static inline dnnl_status_t sg_memory_create(dnnl_memory_t *memory, sg_md md, dnnl_engine_t engine, void *handle) {
    return dnnl_memory_create(memory, md, engine, handle);
}
static inline dnnl_status_t sg_reorder_create(dnnl_primitive_desc_t *pd, sg_md from, sg_md to, dnnl_engine_t engine) {
    return dnnl_reorder_primitive_desc_create(pd, from, engine, to, engine, NULL);
}
static inline dnnl_status_t sg_conv_forward(
    dnnl_primitive_desc_t *pd, dnnl_engine_t engine, sg_md src, sg_md weights, sg_md dst,
    const int64_t *strides, const int64_t *dilates, const int64_t *pad_l, const int64_t *pad_r) {
    return dnnl_convolution_forward_primitive_desc_create(
        pd, engine, dnnl_forward_training, dnnl_convolution_direct, src, weights, NULL, dst,
        strides, dilates, pad_l, pad_r, NULL);
}
static inline dnnl_status_t sg_conv_backward_data(
    dnnl_primitive_desc_t *pd, dnnl_engine_t engine, sg_md diff_src, sg_md weights, sg_md diff_dst,
    const int64_t *strides, const int64_t *dilates, const int64_t *pad_l, const int64_t *pad_r,
    const_dnnl_primitive_desc_t hint) {
    return dnnl_convolution_backward_data_primitive_desc_create(
        pd, engine, dnnl_convolution_direct, diff_src, weights, diff_dst, strides, dilates, pad_l, pad_r, hint, NULL);
}
static inline dnnl_status_t sg_conv_backward_weights(
    dnnl_primitive_desc_t *pd, dnnl_engine_t engine, sg_md src, sg_md diff_weights, sg_md diff_dst,
    const int64_t *strides, const int64_t *dilates, const int64_t *pad_l, const int64_t *pad_r,
    const_dnnl_primitive_desc_t hint) {
    return dnnl_convolution_backward_weights_primitive_desc_create(
        pd, engine, dnnl_convolution_direct, src, diff_weights, NULL, diff_dst, strides, dilates, pad_l, pad_r, hint, NULL);
}
#else
typedef dnnl_memory_desc_t *sg_md;

static inline sg_md sg_md_clone(const dnnl_memory_desc_t *source) {
    sg_md md = (sg_md)malloc(sizeof(dnnl_memory_desc_t));
    if (md) *md = *source;
    return md;
}
static inline sg_md sg_md_create(int ndims, const int64_t *dims, dnnl_format_tag_t tag) {
    dnnl_memory_desc_t md;
    return dnnl_memory_desc_init_by_tag(&md, ndims, dims, dnnl_f32, tag) == dnnl_success ? sg_md_clone(&md) : NULL;
}
static inline void sg_md_destroy(sg_md md) { free(md); }
static inline int sg_md_equal(sg_md a, sg_md b) { return dnnl_memory_desc_equal(a, b); }
static inline size_t sg_md_size(sg_md md) { return dnnl_memory_desc_get_size(md); }
static inline sg_md sg_query_md(const_dnnl_primitive_desc_t pd, dnnl_query_t what) {
    return sg_md_clone(dnnl_primitive_desc_query_md(pd, what, 0));
}
static inline dnnl_status_t sg_memory_create(dnnl_memory_t *memory, sg_md md, dnnl_engine_t engine, void *handle) {
    return dnnl_memory_create(memory, md, engine, handle);
}
static inline dnnl_status_t sg_reorder_create(dnnl_primitive_desc_t *pd, sg_md from, sg_md to, dnnl_engine_t engine) {
    return dnnl_reorder_primitive_desc_create(pd, from, engine, to, engine, NULL);
}
static inline dnnl_status_t sg_conv_forward(
    dnnl_primitive_desc_t *pd, dnnl_engine_t engine, sg_md src, sg_md weights, sg_md dst,
    const int64_t *strides, const int64_t *dilates, const int64_t *pad_l, const int64_t *pad_r) {
    dnnl_convolution_desc_t desc;
    dnnl_status_t status = dnnl_dilated_convolution_forward_desc_init(
        &desc, dnnl_forward_training, dnnl_convolution_direct, src, weights, NULL, dst, strides, dilates, pad_l, pad_r);
    return status == dnnl_success ? dnnl_primitive_desc_create(pd, &desc, NULL, engine, NULL) : status;
}
static inline dnnl_status_t sg_conv_backward_data(
    dnnl_primitive_desc_t *pd, dnnl_engine_t engine, sg_md diff_src, sg_md weights, sg_md diff_dst,
    const int64_t *strides, const int64_t *dilates, const int64_t *pad_l, const int64_t *pad_r,
    const_dnnl_primitive_desc_t hint) {
    dnnl_convolution_desc_t desc;
    dnnl_status_t status = dnnl_dilated_convolution_backward_data_desc_init(
        &desc, dnnl_convolution_direct, diff_src, weights, diff_dst, strides, dilates, pad_l, pad_r);
    return status == dnnl_success ? dnnl_primitive_desc_create(pd, &desc, NULL, engine, hint) : status;
}
static inline dnnl_status_t sg_conv_backward_weights(
    dnnl_primitive_desc_t *pd, dnnl_engine_t engine, sg_md src, sg_md diff_weights, sg_md diff_dst,
    const int64_t *strides, const int64_t *dilates, const int64_t *pad_l, const int64_t *pad_r,
    const_dnnl_primitive_desc_t hint) {
    dnnl_convolution_desc_t desc;
    dnnl_status_t status = dnnl_dilated_convolution_backward_weights_desc_init(
        &desc, dnnl_convolution_direct, src, diff_weights, NULL, diff_dst, strides, dilates, pad_l, pad_r);
    return status == dnnl_success ? dnnl_primitive_desc_create(pd, &desc, NULL, engine, hint) : status;
}
#endif

#endif
