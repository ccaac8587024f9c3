"""Writes the fixture that checks SwiftGAN's LPIPS port against PyTorch
(scripts/lpips_reference.py) for both backbones, with deterministic
pseudo-random weights (convolution weights uniform within He's bound
sqrt(6 / fan_in), biases within 0.1, heads uniform in [0, 0.1), from
deterministic_stream keyed by the state name and backbone) and two pairs of
64x64 images in [-1, 1], in float64.

Needs torch. Run from the repository root: python scripts/make_lpips_fixtures.py
"""
import json
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from deterministic_stream import uniform
from lpips_reference import LPIPS

OUT = "Tests/SwiftGANMetricsTests/Fixtures/lpips.json"


def weight(net, key, shape):
    u = uniform(f"lpips_{net}_{key}", int(np.prod(shape)))
    if key.startswith("lin"):
        return (0.1 * u).reshape(shape)
    bound = np.sqrt(6.0 / np.prod(shape[1:])) if key.endswith("weight") else 0.1
    return ((2 * u - 1) * bound).reshape(shape)


def main():
    x = torch.from_numpy(2 * uniform("lpips_x", 2 * 3 * 64 * 64).reshape(2, 3, 64, 64) - 1)
    y = torch.from_numpy(2 * uniform("lpips_y", 2 * 3 * 64 * 64).reshape(2, 3, 64, 64) - 1)
    near = torch.clamp(x + 0.05 * (2 * torch.from_numpy(uniform("lpips_noise", 2 * 3 * 64 * 64).reshape(2, 3, 64, 64)) - 1), -1, 1)
    out = {}
    for net in ["vgg", "alex"]:
        model = LPIPS(net).double().eval()
        model.load_state_dict({key: torch.from_numpy(weight(net, key, tuple(v.shape))) for key, v in model.state_dict().items()})
        with torch.no_grad():
            out[net] = {"far": model(x, y).tolist(), "near": model(x, near).tolist()}
    with open(OUT, "w") as f:
        json.dump(out, f)
    print("wrote", OUT, out)


if __name__ == "__main__":
    main()
