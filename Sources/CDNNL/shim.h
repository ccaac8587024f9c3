#ifndef SWIFTGAN_CDNNL_SHIM_H
#define SWIFTGAN_CDNNL_SHIM_H

#if __has_include(<oneapi/dnnl/dnnl.h>)
#include <oneapi/dnnl/dnnl.h>
#else
#error "SwiftGAN needs oneDNN 2.x: install it with 'apt-get install libdnnl-dev' (Debian/Ubuntu) or 'brew install onednn' (macOS)."
#endif

#if DNNL_VERSION_MAJOR != 2
#error "SwiftGAN is written against the oneDNN 2.x C API (Debian 12's libdnnl-dev 2.6); oneDNN 3.x, as Homebrew ships it, is not supported yet."
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

#endif
