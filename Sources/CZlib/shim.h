#ifndef SWIFTGAN_CZLIB_SHIM_H
#define SWIFTGAN_CZLIB_SHIM_H
#if __has_include(<zlib.h>)
#include <zlib.h>
#else
#error "SwiftGAN needs zlib: install it with 'apt-get install zlib1g-dev' (Debian/Ubuntu); macOS ships it."
#endif
/// inflateInit2 is a macro in zlib.h; a function Swift can call.
static inline int sg_inflate_init2(z_stream *stream, int window_bits) {
    return inflateInit2(stream, window_bits);
}
/// deflateInit2 is a macro in zlib.h; a function Swift can call.
static inline int sg_deflate_init2(z_stream *stream, int level, int window_bits) {
    return deflateInit2(stream, level, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY);
}
#endif
