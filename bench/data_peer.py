#!/usr/bin/env python3
"""The Python/PIL side of the data benchmark: decodes the same folder of PNGs
with PIL, converts each to a float32 array in [-1, 1] (CHW) and stacks batches
of 64, timed like `swiftgan-bench data` (median of five windows), printed as
the same JSON line.

Usage: python3 bench/data_peer.py FOLDER [--seconds S]
"""
import argparse
import json
import os
import statistics
import time

import numpy as np
from PIL import Image


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--seconds", type=float, default=3.0)
    args = ap.parse_args()
    paths = sorted(os.path.join(args.folder, f) for f in os.listdir(args.folder) if f.endswith(".png"))
    rng = np.random.default_rng(1)
    position = [0, rng.permutation(len(paths))]

    def batch():
        images = []
        for _ in range(64):
            if position[0] == len(paths):
                position[0], position[1] = 0, rng.permutation(len(paths))
            with Image.open(paths[position[1][position[0]]]) as image:
                array = np.asarray(image.convert("RGB"), dtype=np.float32)
            images.append(array.transpose(2, 0, 1) / 127.5 - 1)
            position[0] += 1
        return np.stack(images)

    batch()
    rates = []
    for _ in range(5):
        calls, start = 0, time.perf_counter()
        while time.perf_counter() - start < args.seconds / 5:
            batch()
            calls += 1
        rates.append(calls / (time.perf_counter() - start))
    rate = statistics.median(rates)
    print(json.dumps({"case": "png_folder_64", "engine": "python PIL", "threads": 1,
                      "steps_per_s": round(rate, 3), "images_per_s": round(rate * 64, 1)}), flush=True)


if __name__ == "__main__":
    main()
