"""The PyTorch peer of SwiftGAN's metrics benchmark: Inception-v3 feature
extraction (the FID network of scripts/inception_reference.py: torchvision's
Inception3 with the FID pooling) on batches of 50 images of 299x299, eval
mode, no gradients, the default NCHW layout. Prints one JSON line in the
format of swiftgan-bench (steps per second = batches per second; median of
five windows after a warm-up).

Usage: python bench/metrics_peer.py [--threads 2] [--seconds 3]
"""
import argparse
import json
import os
import statistics
import sys
import time

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))
from inception_reference import features, fid_inception  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=3)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    model = fid_inception()
    images = torch.rand(50, 3, 299, 299) * 2 - 1

    def body():
        with torch.no_grad():
            model.fc(features(model, images))

    start = time.time()
    calls = 0
    while calls < 3 or time.time() - start < args.seconds / 5:
        body()
        calls += 1
    rates = []
    for _ in range(5):
        start, calls = time.time(), 0
        while True:
            body()
            calls += 1
            elapsed = time.time() - start
            if elapsed >= args.seconds / 5:
                break
        rates.append(calls / elapsed)
    print(json.dumps({"case": "inception_v3_features_b50", "engine": "torch", "threads": args.threads,
                      "steps_per_s": round(statistics.median(rates), 3)}))


if __name__ == "__main__":
    main()
