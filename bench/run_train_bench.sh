#!/usr/bin/env bash
# The training-step benchmark of ../shared/bench (mlp2d, dcgan28, wgangp28,
# sngan32), SwiftGAN's zoo models and trainer against torch_peer.py, case by
# case in one run at the same thread count, with ratios SwiftGAN / PyTorch.
# With --rounds R each case runs R times, the two engines back to back in each
# round, and the median of the per-round ratios is printed with their range.
# --suite style runs the Level 2 presets' steps (stylegan2_32, r3gan_32; 16
# steps a call) against their mirror bench/style_peer.py instead; --suite
# translation the translation presets' steps (pix2pix64, cyclegan64; 4 steps
# a call) against bench/translation_peer.py; --suite restoration the
# super-resolution presets' steps (edsr_x4, vdsr_x4; 4 steps a call) against
# bench/restoration_peer.py.
#
#   bench/run_train_bench.sh [--suite train|style|translation|restoration] [--threads N] [--seconds S] [--rounds R] [--cases "mlp2d wgangp28"] [--peer PATH/TO/torch_peer.py]
set -euo pipefail
cd "$(dirname "$0")/.."
threads=2
seconds=5
rounds=1
cases=""
suite=train
peer=""
while [ $# -gt 0 ]; do
    case "$1" in
        --threads) threads="$2"; shift 2 ;;
        --seconds) seconds="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        --cases) cases="$2"; shift 2 ;;
        --peer) peer="$2"; shift 2 ;;
        --suite) suite="$2"; shift 2 ;;
        *) echo "run_train_bench: unknown argument $1" >&2; exit 2 ;;
    esac
done
case "$suite" in
    train) peer="${peer:-../shared/bench/torch_peer.py}" ;;
    style) peer="${peer:-bench/style_peer.py}" ;;
    translation) peer="${peer:-bench/translation_peer.py}" ;;
    restoration) peer="${peer:-bench/restoration_peer.py}" ;;
    *) echo "run_train_bench: --suite must be train, style, translation or restoration, got $suite" >&2; exit 2 ;;
esac
[ -f "$peer" ] || { echo "run_train_bench: the PyTorch peer $peer is missing (pass --peer)" >&2; exit 2; }
. bench/peer_python.sh
peer_python torch numpy
swift build -c release --product swiftgan-bench >&2
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for name in ${cases:-$(.build/release/swiftgan-bench "$suite" --list)}; do
    for _ in $(seq "$rounds"); do
        .build/release/swiftgan-bench "$suite" --threads "$threads" --seconds "$seconds" --case "$name" | tee -a "$out/swiftgan.jsonl"
        "$python" "$peer" --threads "$threads" --seconds "$seconds" --case "$name" | tee -a "$out/torch.jsonl"
    done
done
python3 bench/compare.py "$out/swiftgan.jsonl" "$out/torch.jsonl"
