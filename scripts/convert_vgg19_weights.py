"""Converts torchvision's pretrained VGG19 (`vgg19-dcbb9e9d.pth`, the state
dict torchvision downloads for `vgg19(weights="IMAGENET1K_V1")`) into the
safetensors file SwiftGAN's perceptual losses and LPIPS read: the 32
`features.N.weight` and `features.N.bias` tensors as float32, the
classifier left out. The layout is checked against
scripts/vgg19_reference.py before writing.

Needs torch and safetensors. Run: python scripts/convert_vgg19_weights.py vgg19-dcbb9e9d.pth vgg19.safetensors
"""
import os
import sys

import torch
from safetensors.torch import save_file

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vgg19_reference import VGG19Features


def main(source, target):
    state = torch.load(source, map_location="cpu", weights_only=True)
    expected = VGG19Features().state_dict()
    features = {key: value.float().contiguous() for key, value in state.items() if key.startswith("features.")}
    for key, value in expected.items():
        if key not in features:
            sys.exit(f"{source}: no {key}; is this torchvision's vgg19 state dict?")
        if tuple(features[key].shape) != tuple(value.shape):
            sys.exit(f"{source}: {key} has shape {tuple(features[key].shape)}, expected {tuple(value.shape)}")
    save_file({key: features[key] for key in expected}, target, metadata={"source": os.path.basename(source), "network": "vgg19.features"})
    print(f"wrote {len(expected)} tensors to {target}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: convert_vgg19_weights.py VGG19.pth OUT.safetensors")
    main(sys.argv[1], sys.argv[2])
