"""Converts LPIPS's weights into the safetensors file SwiftGAN's LPIPS reads:
torchvision's pretrained backbone (`vgg16-397923af.pth` for vgg,
`alexnet-owt-7be5be79.pth` for alex: only `features.N.*` are kept) and
LPIPS's v0.1 heads (`vgg.pth` or `alex.pth` from the lpips package's
`weights/v0.1`: `linK.model.1.weight`), as float32 with the backbone named in
the metadata. The layout is checked against scripts/lpips_reference.py.

Needs torch and safetensors.
Run: python scripts/convert_lpips_weights.py vgg|alex BACKBONE.pth HEADS.pth OUT.safetensors
"""
import os
import sys

import torch
from safetensors.torch import save_file

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lpips_reference import LPIPS


def main(net, backbone, heads, target):
    state = {k: v for k, v in torch.load(backbone, map_location="cpu", weights_only=True).items() if k.startswith("features.")}
    state.update({k: v for k, v in torch.load(heads, map_location="cpu", weights_only=True).items() if k.startswith("lin")})
    expected = LPIPS(net).state_dict()
    for key, value in expected.items():
        if key not in state:
            sys.exit(f"no {key} in {backbone} or {heads}; are these torchvision's {net} and LPIPS's {net}.pth?")
        if tuple(state[key].shape) != tuple(value.shape):
            sys.exit(f"{key} has shape {tuple(state[key].shape)}, expected {tuple(value.shape)}")
    save_file({key: state[key].float().contiguous() for key in expected}, target, metadata={"network": net, "source": "torchvision + lpips v0.1"})
    print(f"wrote {len(expected)} tensors to {target}")


if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] not in ("vgg", "alex"):
        sys.exit("usage: convert_lpips_weights.py vgg|alex BACKBONE.pth HEADS.pth OUT.safetensors")
    main(*sys.argv[1:])
