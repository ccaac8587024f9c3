#!/usr/bin/env bash
# SS-GAN with and without its rotation terms (Chen et al. 2019), three seeds
# each: trains mnist32_self_supervised_gan six times into RUNS (default
# runs/rotation_study) and prints each run's fid_mnist, then the mean and
# spread per arm. Runs already measured (quality.json present) are kept.
# Usage: scripts/rotation_study.sh [RUNS] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-runs/rotation_study}
threads=${2:-2}
swiftgan=.build/release/swiftgan
mkdir -p "$runs"
for arm in rotation plain; do
    for seed in 0 1 2; do
        name="${arm}_seed${seed}"
        if ls "$runs"/*-"$name"/quality.json >/dev/null 2>&1; then continue; fi
        extra=()
        if [ "$arm" = plain ]; then
            extra=(--set self_supervised_gan.rotation_weight=0 --set self_supervised_gan.generator_rotation_weight=0)
        fi
        "$swiftgan" train mnist32_self_supervised_gan --seed "$seed" --runs "$runs" --name "$name" --threads "$threads" "${extra[@]}" >"$runs/$name.log" 2>&1
    done
done
python3 - "$runs" <<'PY'
import glob, json, statistics, sys
for arm in ("rotation", "plain"):
    values = []
    for path in sorted(glob.glob(f"{sys.argv[1]}/*-{arm}_seed*/quality.json")):
        value = json.load(open(path))["quality"]["fid_mnist"]
        values.append(value)
        print(f"{path}: fid_mnist {value:.1f}")
    if values:
        spread = statistics.stdev(values) if len(values) > 1 else 0.0
        print(f"{arm}: fid_mnist mean {statistics.mean(values):.1f}, standard deviation {spread:.1f} over {len(values)} seeds")
PY
