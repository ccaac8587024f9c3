#!/usr/bin/env bash
# The DocC documentation of the library targets, built with warnings as
# errors, after checking that every public type (and every architecture's
# constructor) has a /// comment. Archives land in .build/plugins/Swift-DocC/outputs.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 scripts/check_docs.py
targets=()
for target in SwiftGANKernels SwiftGANAutograd SwiftGANNN SwiftGANOptim SwiftGANData SwiftGANReporting SwiftGANMetrics SwiftGANZoo; do
    targets+=(--target "$target")
done
swift package generate-documentation "${targets[@]}" --warnings-as-errors
