#!/usr/bin/env bash
# Installs the system libraries SwiftGAN needs and builds it in release mode.
#   scripts/setup.sh            install + release build
#   scripts/setup.sh --deps     install only
set -euo pipefail
cd "$(dirname "$0")/.."

install_deps() {
    if [ "$(uname)" = "Darwin" ]; then
        command -v brew >/dev/null || { echo "setup: Homebrew is needed to install oneDNN (brew install onednn)" >&2; exit 1; }
        brew list onednn >/dev/null 2>&1 || brew install onednn
        return
    fi
    if [ -f /usr/include/oneapi/dnnl/dnnl.h ]; then return; fi
    command -v apt-get >/dev/null || { echo "setup: install oneDNN 2.x development files (Debian/Ubuntu: libdnnl-dev)" >&2; exit 1; }
    local sudo=""
    [ "$(id -u)" = "0" ] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y libdnnl-dev
}

install_deps
if [ "${1:-}" != "--deps" ]; then
    swift build -c release
fi
