#!/usr/bin/env python3
"""Joins two JSON-lines benchmark outputs by case and prints SwiftGAN / PyTorch
ratios of steps per second (above 1.0: SwiftGAN is faster).

When a case was run in several rounds (SwiftGAN and PyTorch back to back in
each), the n-th SwiftGAN line is paired with the n-th PyTorch line, and the
median of the per-round ratios is printed with their range: the machine's
speed drifts between rounds, and pairing keeps each ratio inside one stretch.

Usage: python3 bench/compare.py SWIFTGAN.jsonl TORCH.jsonl
"""
import json
import statistics
import sys


def load(path):
    rows = {}
    with open(path) as f:
        for row in map(json.loads, filter(str.strip, f)):
            rows.setdefault(row["case"], []).append(row)
    return rows


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    ours, theirs = load(sys.argv[1]), load(sys.argv[2])
    print(f"{'case':28} {'swiftgan/s':>12} {'torch/s':>12} {'ratio':>7}  rounds")
    for case, rows in ours.items():
        mine = statistics.median(row["steps_per_s"] for row in rows)
        peers = theirs.get(case)
        if not peers:
            print(f"{case:28} {mine:12.3f} {'-':>12} {'-':>7}")
            continue
        ratios = [a["steps_per_s"] / b["steps_per_s"] for a, b in zip(rows, peers)]
        peer = statistics.median(row["steps_per_s"] for row in peers)
        spread = f"  {len(ratios)} ({min(ratios):.2f}-{max(ratios):.2f})" if len(ratios) > 1 else ""
        print(f"{case:28} {mine:12.3f} {peer:12.3f} {statistics.median(ratios):7.2f}{spread}")
    fused, copy = ours.get("fused_multiply_add_16M"), ours.get("memcpy_16M")
    if fused and copy:
        share = fused[-1]["gbyte_per_s"] / copy[-1]["gbyte_per_s"]
        print(f"fused elementwise bandwidth: {fused[-1]['gbyte_per_s']:.1f} GB/s = {share:.0%} of memcpy ({copy[-1]['gbyte_per_s']:.1f} GB/s)")


if __name__ == "__main__":
    main()
