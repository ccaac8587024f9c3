"""Writes the fixture that checks SwiftGAN's VGG19 feature port against
PyTorch: torchvision's layer layout (scripts/vgg19_reference.py) with
deterministic pseudo-random weights (weights uniform within He's bound
sqrt(6 / fan_in), biases within 0.1, from deterministic_stream's SplitMix64
stream keyed by the torchvision name), two 32x32 images in [0, 1]
normalized by ImageNet's mean and deviation, and the activations of five
layers computed in float64: the first 16 values and the mean and mean
square of each.

Needs torch. Run from the repository root: python scripts/make_vgg_fixtures.py
"""
import json
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from deterministic_stream import uniform
from vgg19_reference import VGG19Features, layer_names

OUT = "Tests/SwiftGANMetricsTests/Fixtures/vgg19.json"
LAYERS = ["conv1_2", "relu2_2", "conv3_4", "relu4_4", "relu5_4"]


def weight(key, shape):
    u = uniform(key, int(np.prod(shape)))
    bound = np.sqrt(6.0 / np.prod(shape[1:])) if key.endswith("weight") else 0.1
    return ((2 * u - 1) * bound).reshape(shape)


def main():
    model = VGG19Features().double()
    model.load_state_dict({key: torch.from_numpy(weight(key, tuple(v.shape))) for key, v in model.state_dict().items()})
    images = torch.from_numpy(uniform("vgg_input", 2 * 3 * 32 * 32).reshape(2, 3, 32, 32))
    mean = torch.tensor([0.485, 0.456, 0.406], dtype=torch.float64).view(1, 3, 1, 1)
    std = torch.tensor([0.229, 0.224, 0.225], dtype=torch.float64).view(1, 3, 1, 1)
    h, names, out = (images - mean) / std, layer_names(), {}
    with torch.no_grad():
        for name, layer in zip(names, model.features):
            h = layer(h)
            if name in LAYERS:
                out[name] = {"shape": list(h.shape), "first": h.flatten()[:16].tolist(), "mean": float(h.mean()), "mean_square": float((h * h).mean())}
    with open(OUT, "w") as f:
        json.dump({"layers": out}, f)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
