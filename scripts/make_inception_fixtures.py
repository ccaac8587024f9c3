"""Writes the fixture that checks SwiftGAN's FID Inception-v3 against
PyTorch (torchvision's Inception3 with the FID pooling variants of
inception_reference.py), both given the same deterministic pseudo-random
weights: features and logits of two 64x64 images resized to 299x299 with
PyTorch's bilinear interpolation (pytorch-fid's resize), computed in float64.
Also PIL's bicubic resize of a small float image to 299x299 (values in
[0.25, 0.75], so no overshoot leaves [0, 1]), the reference
for the bicubic_antialias resize mode.

Needs torch, torchvision and Pillow. Run from the repository root:
python scripts/make_inception_fixtures.py
"""
import json
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from inception_reference import deterministic_value, features, fid_inception, uniform

OUT = "Tests/SwiftGANMetricsTests/Fixtures/inception.json"


def main():
    torch.set_num_threads(2)
    model = fid_inception()
    state = {key: torch.from_numpy(deterministic_value(key, tuple(value.shape))) for key, value in model.state_dict().items()}
    model.load_state_dict(state)
    model = model.double()
    images = torch.from_numpy((2 * uniform("input", 2 * 3 * 64 * 64) - 1).astype(np.float32).reshape(2, 3, 64, 64))
    with torch.no_grad():
        resized = F.interpolate(images.double(), size=(299, 299), mode="bilinear", align_corners=False)
        pooled = features(model, resized)
        logits = model.fc(pooled)
    # Values in [0.25, 0.75]: the cubic overshoot stays inside [0, 1], where clamping (SwiftGAN clamps) does not matter.
    small = (0.25 + 0.5 * uniform("bicubic", 13 * 17)).astype(np.float32).reshape(13, 17)
    bicubic = np.asarray(Image.fromarray(small, mode="F").resize((299, 299), Image.BICUBIC), dtype=np.float64)
    fixture = {
        "keys": list(state.keys()),
        "features": pooled.numpy().astype(np.float32).ravel().tolist(),
        "logits": logits.numpy().astype(np.float32).ravel().tolist(),
        "bicubic_source": small.ravel().tolist(),
        "bicubic_corner": bicubic[:8, :8].ravel().tolist(),
        "bicubic_mean": float(bicubic.mean()),
    }
    with open(OUT, "w") as f:
        json.dump(fixture, f)
    print(f"features[0, :4] {pooled[0, :4].tolist()}, logits std {logits.std().item():.4f}")


if __name__ == "__main__":
    main()
