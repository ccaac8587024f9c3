#ifndef SWIFTGAN_CTURBOJPEG_SHIM_H
#define SWIFTGAN_CTURBOJPEG_SHIM_H
#if __has_include(<turbojpeg.h>)
#include <turbojpeg.h>
#else
#error "SwiftGAN needs libjpeg-turbo's TurboJPEG API: install it with 'apt-get install libturbojpeg0-dev' (Debian/Ubuntu) or 'brew install jpeg-turbo' (macOS)."
#endif
#endif
