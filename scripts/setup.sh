#!/usr/bin/env bash
# Installs the system libraries SwiftGAN needs and builds it in release mode.
#   scripts/setup.sh            install + release build
#   scripts/setup.sh --deps     install only
set -euo pipefail
cd "$(dirname "$0")/.."

install_deps() {
    if [ "$(uname)" = "Darwin" ]; then
        command -v brew >/dev/null || { echo "setup: Homebrew is needed to install oneDNN (brew install onednn)" >&2; exit 1; }
        for formula in onednn libpng jpeg-turbo; do brew list "$formula" >/dev/null 2>&1 || brew install "$formula"; done
        return
    fi
    if [ -f /usr/include/oneapi/dnnl/dnnl.h ] && [ -f /usr/include/png.h ] && [ -f /usr/include/turbojpeg.h ] && [ -f /usr/include/zlib.h ] && ldconfig -p | grep -q "libopenblas.so.0"; then
        return
    fi
    command -v apt-get >/dev/null || { echo "setup: install the development files of oneDNN, libpng, libjpeg-turbo (TurboJPEG) and zlib, and OpenBLAS" >&2; exit 1; }
    local sudo=""
    [ "$(id -u)" = "0" ] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y libdnnl-dev libpng-dev libturbojpeg0-dev zlib1g-dev libopenblas0
}

install_deps
if [ "${1:-}" != "--deps" ]; then
    swift build -c release
fi
