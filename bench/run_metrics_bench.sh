#!/usr/bin/env bash
# The metrics benchmark: Inception-v3 feature extraction against PyTorch
# running the same network (ratio above 1.0: SwiftGAN is faster), and the
# seconds an MNIST-domain FID of 10,000 against 10,000 images takes end to end.
#
#   bench/run_metrics_bench.sh [--seconds S]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=5
[ "${1:-}" = "--seconds" ] && seconds="$2"
. bench/peer_python.sh
peer_python torch numpy
# Only torchvision's Python model code is used: install it without letting it pull another torch.
"$python" -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('torchvision') is None)" \
    || "$python" -m pip install --quiet --no-deps torchvision
swift build -c release --product swiftgan-bench >&2
ours=$(mktemp) theirs=$(mktemp)
trap 'rm -f "$ours" "$theirs"' EXIT
.build/release/swiftgan-bench metrics --threads 2 --seconds "$seconds" | tee "$ours"
"$python" bench/metrics_peer.py --threads 2 --seconds "$seconds" | tee "$theirs"
python3 bench/compare.py "$ours" "$theirs"
python3 - "$ours" <<'PY'
import json, sys
rows = {r["case"]: r for r in map(json.loads, filter(str.strip, open(sys.argv[1])))}
fid = rows["mnist_fid_10k"]["steps_per_s"]
print(f"MNIST-domain FID, 10k generated vs 10k real, end to end: {1 / fid:.2f} s")
PY
