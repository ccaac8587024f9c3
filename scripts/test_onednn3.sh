#!/usr/bin/env bash
# Runs the test suite against oneDNN 3.x (the API Homebrew ships on macOS),
# using Intel's oneDNN 3.2 wheels from PyPI, in a separate build folder.
# Debian's libdnnl-dev is 2.x; this keeps the 3.x code path in shim.h honest.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.build-onednn3
mkdir -p "$dir/wheels"
if ! python3 -m pip download --quiet --no-deps -d "$dir/wheels" onednn-cpu-gomp==2023.2.0 onednn-devel-cpu-gomp==2023.2.0; then
    echo "test_onednn3: skipped, the oneDNN 3.x wheels could not be downloaded from PyPI" >&2
    exit 0
fi
for wheel in "$dir"/wheels/*.whl; do python3 -m zipfile -e "$wheel" "$dir/unpacked"; done
include=$(dirname "$(find "$dir/unpacked" -path '*include/oneapi/dnnl/dnnl.h' | head -n 1)")/../..
lib=$(dirname "$(find "$dir/unpacked" -name 'libdnnl.so.3*' | head -n 1)")
[ -e "$lib/libdnnl.so" ] || ln -s "$(ls "$lib" | grep 'libdnnl.so.3' | head -n 1)" "$lib/libdnnl.so"
LD_LIBRARY_PATH="$lib" swift test --scratch-path "$dir/build" -Xcc -I"$include" -Xlinker -L"$lib"
