#!/usr/bin/env bash
# The Level 2 training-step benchmark: the mnist32_stylegan2 and mnist32_r3gan
# presets' steps (16 per call, a whole cycle of the lazy phases) against their
# PyTorch mirror bench/style_peer.py, case by case in one run at the same
# thread count, with ratios SwiftGAN / PyTorch (median over --rounds).
#
#   bench/run_style_bench.sh [--threads N] [--seconds S] [--rounds R] [--cases "stylegan2_32 r3gan_32"]
set -euo pipefail
cd "$(dirname "$0")/.."
threads=2
seconds=20
rounds=1
cases=""
while [ $# -gt 0 ]; do
    case "$1" in
        --threads) threads="$2"; shift 2 ;;
        --seconds) seconds="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        --cases) cases="$2"; shift 2 ;;
        *) echo "run_style_bench: unknown argument $1" >&2; exit 2 ;;
    esac
done
. bench/peer_python.sh
peer_python torch numpy
swift build -c release --product swiftgan-bench >&2
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for name in ${cases:-$(.build/release/swiftgan-bench style --list)}; do
    for _ in $(seq "$rounds"); do
        .build/release/swiftgan-bench style --threads "$threads" --seconds "$seconds" --case "$name" | tee -a "$out/swiftgan.jsonl"
        "$python" bench/style_peer.py --threads "$threads" --seconds "$seconds" --case "$name" | tee -a "$out/torch.jsonl"
    done
done
python3 bench/compare.py "$out/swiftgan.jsonl" "$out/torch.jsonl"
