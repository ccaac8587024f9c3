"""Converts pytorch-fid's Inception-v3 weights
(pt_inception-2015-12-05-6726825d.pth, the TensorFlow FID graph of
2015-12-05 ported to PyTorch) into the safetensors file SwiftGAN's
`InceptionFeatureNetwork(weights:)` and `swiftgan eval --inception` read.

The state dict is loaded into inception_reference.fid_inception() first, so
a file for another network is refused here, with PyTorch's list of missing
and unexpected keys. Every tensor is written as contiguous float32 under its
own key (num_batches_tracked too; SwiftGAN keeps it as a float).

Needs torch, torchvision and safetensors (no network access: you supply the
.pth file). Usage:
    python scripts/convert_inception_weights.py pt_inception-2015-12-05-6726825d.pth inception_fid.safetensors
"""
import argparse
import os
import sys

import torch
from safetensors.torch import save_file

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from inception_reference import fid_inception  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="pytorch-fid's .pth weight file")
    parser.add_argument("output", help="the .safetensors file to write")
    args = parser.parse_args()
    state = torch.load(args.source, map_location="cpu", weights_only=True)
    model = fid_inception()
    try:
        model.load_state_dict(state, strict=True)
    except RuntimeError as error:
        sys.exit(f"{args.source}: not the FID Inception-v3 weights: {error}")
    tensors = {key: value.detach().to(torch.float32).contiguous() for key, value in model.state_dict().items()}
    save_file(tensors, args.output, metadata={"source": os.path.basename(args.source), "network": "inception_v3_fid"})
    print(f"wrote {len(tensors)} tensors to {args.output}")


if __name__ == "__main__":
    main()
