#!/usr/bin/env bash
# The tensor-engine benchmark, SwiftGAN and PyTorch side by side in one run:
# each case runs in SwiftGAN, then in PyTorch, at the same thread count, and
# the script prints the ratio SwiftGAN / PyTorch for every case.
#
#   bench/run_engine_bench.sh [--threads N] [--seconds S]
#
# PyTorch comes from $PYTHON if set, else from .venv-peer (created on first use
# with `pip install ${TORCH_WHEEL:-torch} numpy`).
set -euo pipefail
cd "$(dirname "$0")/.."
threads=2
seconds=3
while [ $# -gt 0 ]; do
    case "$1" in
        --threads) threads="$2"; shift 2 ;;
        --seconds) seconds="$2"; shift 2 ;;
        *) echo "run_engine_bench: unknown argument $1" >&2; exit 2 ;;
    esac
done

. bench/peer_python.sh
peer_python torch numpy
swift build -c release --product swiftgan-bench >&2

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cases=$(.build/release/swiftgan-bench engine --list)
for name in $cases; do
    .build/release/swiftgan-bench engine --threads "$threads" --seconds "$seconds" --case "$name" | tee -a "$out/swiftgan.jsonl"
    "$python" bench/engine_peer.py --threads "$threads" --seconds "$seconds" --case "$name" | tee -a "$out/torch.jsonl"
done
python3 bench/compare.py "$out/swiftgan.jsonl" "$out/torch.jsonl"
