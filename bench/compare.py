#!/usr/bin/env python3
"""Joins two JSON-lines benchmark outputs by case and prints SwiftGAN / PyTorch
ratios of steps per second (above 1.0: SwiftGAN is faster).

Usage: python3 bench/compare.py SWIFTGAN.jsonl TORCH.jsonl
"""
import json
import sys


def load(path):
    with open(path) as f:
        return {row["case"]: row for row in map(json.loads, filter(str.strip, f))}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    ours, theirs = load(sys.argv[1]), load(sys.argv[2])
    print(f"{'case':28} {'swiftgan/s':>12} {'torch/s':>12} {'ratio':>7}")
    for case, row in ours.items():
        peer = theirs.get(case)
        if peer is None:
            print(f"{case:28} {row['steps_per_s']:12.3f} {'-':>12} {'-':>7}")
            continue
        ratio = row["steps_per_s"] / peer["steps_per_s"]
        print(f"{case:28} {row['steps_per_s']:12.3f} {peer['steps_per_s']:12.3f} {ratio:7.2f}")
    fused, copy = ours.get("fused_multiply_add_16M"), ours.get("memcpy_16M")
    if fused and copy:
        share = fused["gbyte_per_s"] / copy["gbyte_per_s"]
        print(f"fused elementwise bandwidth: {fused['gbyte_per_s']:.1f} GB/s = {share:.0%} of memcpy ({copy['gbyte_per_s']:.1f} GB/s)")


if __name__ == "__main__":
    main()
