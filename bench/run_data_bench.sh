#!/usr/bin/env bash
# The data-pipeline benchmark: images per second delivered by SwiftGAN's
# loader for the bundled MNIST (IDX) and for a folder of 64x64 PNGs, against
# what the dcgan28 training step consumes (64 images per step) and against
# Python/PIL decoding the same PNG folder.
#
#   bench/run_data_bench.sh [--seconds S]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=3
[ "${1:-}" = "--seconds" ] && seconds="$2"
. bench/peer_python.sh
peer_python PIL numpy
swift build -c release --product swiftgan-bench >&2
folder="$(mktemp -d)/png64"
trap 'rm -rf "$(dirname "$folder")"' EXIT
export SWIFTGAN_BENCH_FOLDER="$folder"
ours=$(.build/release/swiftgan-bench data --threads 2 --seconds "$seconds")
step=$(.build/release/swiftgan-bench train --threads 2 --seconds "$seconds" --case dcgan28)
peer=$("$python" bench/data_peer.py "$folder" --seconds "$seconds")
printf '%s\n%s\n%s\n' "$ours" "$step" "$peer"
python3 - "$ours" "$step" "$peer" <<'PY'
import json, sys
rows = [json.loads(line) for text in sys.argv[1:] for line in text.splitlines() if line.strip()]
ours = {r["case"]: r for r in rows if r["engine"] == "swiftgan"}
consumption = ours["dcgan28"]["steps_per_s"] * 64
pil = next(r for r in rows if r["engine"] != "swiftgan")["images_per_s"]
for case in ("mnist_idx", "png_folder_64"):
    rate = ours[case]["images_per_s"]
    print(f"{case:14} {rate:12.0f} images/s = {rate / consumption:8.1f}x what dcgan28 consumes ({consumption:.0f}/s)")
print(f"png_folder_64 vs PIL: {ours['png_folder_64']['images_per_s'] / pil:.2f}x ({pil:.0f} images/s)")
PY
