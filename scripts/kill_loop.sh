#!/usr/bin/env bash
# Kills training with SIGKILL at random moments, resumes it each time, and
# compares the result with an uninterrupted run of the same configuration.
#   scripts/kill_loop.sh [KILLS] [SEED]     (default: 100 kills, seed 1)
# A checkpoint is written every step. Each kill waits a random 0.1-0.5 s, then
# watches (without sleeping) for the next checkpoint write to begin, its
# temporary file to appear, and lands a random few microseconds later: inside
# the write, its fsync or rename, or just after. A kill that left the
# temporary file behind is counted as inside a write.
# Passes when the final checkpoint is byte-identical to the uninterrupted
# run's, every step is logged once, and no temporary file is left behind.
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-100}
seed=${2:-1}
steps=$((kills * 8))
bin=.build/release/swiftgan
[ -x "$bin" ] || swift build -c release --product swiftgan >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
common=(--steps "$steps" --checkpoint-every 1 --log-every 1 --sample-every 1000000 --keep 2 --threads 1)

"$bin" train ring8 "${common[@]}" --runs "$work/straight" --name ring >/dev/null 2>&1
reference=$(ls "$work"/straight/00000-ring/checkpoints/step-*.safetensors | tail -n 1)

RANDOM=$seed
"$bin" train ring8 "${common[@]}" --runs "$work/killed" --name ring >/dev/null 2>&1 &
pid=$!
run="$work/killed/00000-ring"
done_kills=0
inside_writes=0
while [ "$done_kills" -lt "$kills" ]; do
    sleep "0.$(printf '%03d' $((100 + RANDOM % 400)))"
    until compgen -G "$run/checkpoints/.step-*.tmp-*" >/dev/null || ! kill -0 "$pid" 2>/dev/null; do :; done
    for ((spin = RANDOM % 400; spin > 0; spin--)); do :; done
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
    done_kills=$((done_kills + 1))
    if [ -n "$(find "$work/killed" -name '.*.tmp-*' 2>/dev/null | head -n 1)" ]; then inside_writes=$((inside_writes + 1)); fi
    if ls "$run"/checkpoints/step-*.safetensors >/dev/null 2>&1; then
        "$bin" train --resume "$run" >/dev/null 2>&1 &
    else
        rm -rf "$work/killed"
        "$bin" train ring8 "${common[@]}" --runs "$work/killed" --name ring >/dev/null 2>&1 &
    fi
    pid=$!
done
wait "$pid"
final=$(ls "$run"/checkpoints/step-*.safetensors | tail -n 1)
stale=$(find "$run" -name '.*.tmp-*' | wc -l)
logged=$(grep -c '"loss_' "$run/metrics.jsonl" || true)
distinct=$(grep '"loss_' "$run/metrics.jsonl" | sed -E 's/.*"step":([0-9]+).*/\1/' | sort -u | wc -l)
identical=false
cmp -s "$reference" "$final" && identical=true
echo "{\"kills\": $done_kills, \"kills_inside_a_write\": $inside_writes, \"steps\": $steps, \"final\": \"$(basename "$final")\", \"identical_to_uninterrupted\": $identical, \"logged_steps\": $logged, \"distinct_logged_steps\": $distinct, \"stale_temporaries\": $stale}"
[ "$identical" = true ] && [ "$logged" -eq "$steps" ] && [ "$distinct" -eq "$steps" ] && [ "$stale" -eq 0 ]
