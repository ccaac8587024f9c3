#!/usr/bin/env python3
"""Check that PyTorch loads a state dict saved by SwiftGAN and computes the same outputs.

Needs a Python with torch and safetensors (``pip install torch safetensors``).
``TorchInteropTests.swift`` runs it (with ``$SWIFTGAN_PYTHON`` or ``python3``);
by hand::

    python3 scripts/check_torch_load.py --model dcgan28_generator \\
        --state generator.safetensors --io io.safetensors

* ``--state``: the safetensors file written by ``Module.save(to:)`` in Swift
  (F32 values, and BatchNorm's ``num_batches_tracked`` as I64, the int64
  PyTorch keeps it as: this script checks its type and that the count survived);
* ``--io``: a safetensors file with ``input`` and the Swift ``output`` of the
  same module in evaluation mode.

The model is built as in ``torch_peer.py`` (the benchmark peer; its classes are
used when it can be found, else the verbatim copies in
``make_layer_fixtures.py``): ``dcgan28_generator``, ``dcgan28_discriminator``
or ``sngan32_discriminator`` (with ``--c``, the channel width). The state is
loaded with ``load_state_dict(strict=True)``, the model is put in evaluation
mode and run in float32 on ``input``; the outputs must agree within
``--rtol`` (1e-4) and ``--atol`` (1e-5), element by element.

Exit status: 0 when they agree, 1 when they differ, 2 when the state does not
load (missing, unexpected or misshapen keys) or the files are unusable.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch
from safetensors.torch import load_file

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_layer_fixtures as fixtures  # noqa: E402  (the torch_peer.py networks)


def build(name: str, c: int) -> torch.nn.Module:
    peer, _ = fixtures.find_torch_peer()
    source = peer or fixtures
    if name == "dcgan28_generator":
        return source.dcgan28()[0]
    if name == "dcgan28_discriminator":
        return source.dcgan28()[1]
    if name == "sngan32_discriminator":
        return source.SNDiscriminator(c=c)
    raise SystemExit(f"unknown model {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", required=True, choices=["dcgan28_generator", "dcgan28_discriminator", "sngan32_discriminator"])
    parser.add_argument("--state", required=True, type=Path)
    parser.add_argument("--io", required=True, type=Path)
    parser.add_argument("--c", type=int, default=128, help="channel width of sngan32_discriminator")
    parser.add_argument("--rtol", type=float, default=1e-4)
    parser.add_argument("--atol", type=float, default=1e-5)
    args = parser.parse_args()

    torch.manual_seed(0)
    model = build(args.model, args.c)
    try:
        state = load_file(str(args.state))
        io = load_file(str(args.io))
        counts = {k: float(v) for k, v in state.items() if k.endswith("num_batches_tracked")}
        model.load_state_dict(state, strict=True)
    except Exception as error:  # noqa: BLE001 (report anything, e.g. a strict-load RuntimeError)
        print(f"FAIL: cannot load {args.state} into {args.model}: {error}")
        return 2
    dtypes = sorted({str(v.dtype) for v in state.values()})
    print(f"loaded {len(state)} tensors ({', '.join(dtypes)}) into {args.model} with strict=True")
    for key, count in counts.items():
        loaded = model.get_buffer(key)
        print(f"  {key}: {state[key].dtype} {count} -> {loaded.dtype} {loaded.item()}")
        if state[key].dtype != torch.int64:
            print(f"FAIL: {key} is stored as {state[key].dtype}, not int64 as PyTorch keeps it")
            return 1
        if loaded.item() != count:
            print(f"FAIL: {key} was {count} in the file and is {loaded.item()} after loading")
            return 1

    if "input" not in io or "output" not in io:
        print(f"FAIL: {args.io} needs tensors 'input' and 'output', has {sorted(io)}")
        return 2
    model.eval()
    with torch.no_grad():
        output = model(io["input"].float())
    expected = io["output"].float()
    if output.shape != expected.shape:
        print(f"FAIL: output shape {tuple(output.shape)} (PyTorch) != {tuple(expected.shape)} (Swift)")
        return 1
    error = (output - expected).abs()
    bound = args.atol + args.rtol * output.abs()
    worst = int((error - bound).argmax())
    print(f"outputs {tuple(output.shape)}: max |PyTorch - Swift| {error.max().item():.3e}, "
          f"max relative {(error / output.abs().clamp_min(1e-12)).max().item():.3e}")
    if not bool((error <= bound).all()):
        print(f"FAIL: element {worst}: PyTorch {output.flatten()[worst].item()} vs Swift {expected.flatten()[worst].item()} "
              f"(rtol {args.rtol}, atol {args.atol})")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
