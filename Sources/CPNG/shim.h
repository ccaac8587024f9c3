#ifndef SWIFTGAN_CPNG_SHIM_H
#define SWIFTGAN_CPNG_SHIM_H
#if __has_include(<png.h>)
#include <png.h>
#else
#error "SwiftGAN needs libpng 1.6: install it with 'apt-get install libpng-dev' (Debian/Ubuntu) or 'brew install libpng' (macOS)."
#endif
#endif
