"""Generate PyTorch reference trajectories for SwiftGAN's optimizers and gradient clipping.

Every optimizer case runs one of ``torch.optim.SGD / Adam / AdamW / RMSprop``
(single-tensor implementation, ``foreach=False``) for ``STEPS`` steps on two
float32 parameters of shapes ``[2, 3]`` and ``[3]``, feeding seeded gradients.
The second parameter gets no gradient (``grad = None``) at the steps in
``SKIPPED_STEPS``, so the cases also check that such parameters are skipped and
that Adam counts its bias-correction step per parameter. The parameters are
recorded after every step.

The clipping cases run ``torch.nn.utils.clip_grad_norm_`` on three gradients
(one of them absent) and record the returned norm and the clipped gradients;
in ``clip_at_norm`` the norm equals ``max_norm`` exactly, so only the ``1e-6``
PyTorch adds to the norm scales the gradients.

Inputs are rounded to 4 decimals, so the Swift side reads exactly the float32
numbers PyTorch used; every value is written in the shortest form that reads
back as the same float32. Hyperparameters go to PyTorch as the plain decimals
below (Python doubles, as users write them); SwiftGAN keeps them as Float and
widens them through their decimal spelling where PyTorch computes in double
precision (``1 - beta2``, bias corrections), so both use the same coefficients. The output is the Swift file
``Tests/SwiftGANOptimTests/OptimizerReferenceValues.swift``, so ``swift test``
needs no Python. Run from the repository root with the CPU torch:

    /work/.venv-peer/bin/python scripts/make_optimizer_fixtures.py

The output is deterministic; commit it together with any change here.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import torch

OUTPUT = Path(__file__).resolve().parent.parent / "Tests/SwiftGANOptimTests/OptimizerReferenceValues.swift"
SHAPES = [[2, 3], [3]]
STEPS = 6
SKIPPED_STEPS = {0, 3}

OPTIMIZER_CASES: list[tuple[str, str, dict[str, float]]] = [
    ("sgd_plain", "SGD", {"lr": 0.1}),
    ("sgd_weight_decay", "SGD", {"lr": 0.1, "weight_decay": 0.05}),
    ("sgd_momentum", "SGD", {"lr": 0.05, "momentum": 0.9}),
    ("sgd_momentum_dampening_decay", "SGD", {"lr": 0.05, "momentum": 0.8, "dampening": 0.3, "weight_decay": 0.02}),
    ("sgd_nesterov", "SGD", {"lr": 0.05, "momentum": 0.9, "nesterov": 1}),
    ("sgd_nesterov_decay", "SGD", {"lr": 0.03, "momentum": 0.7, "nesterov": 1, "weight_decay": 0.1}),
    ("adam_default", "Adam", {"lr": 0.01}),
    ("adam_gan_betas", "Adam", {"lr": 0.002, "beta1": 0.0, "beta2": 0.99, "eps": 1e-8}),
    ("adam_betas_eps", "Adam", {"lr": 0.02, "beta1": 0.5, "beta2": 0.9, "eps": 1e-3}),
    ("adam_weight_decay", "Adam", {"lr": 0.01, "weight_decay": 0.1}),
    ("adam_amsgrad", "Adam", {"lr": 0.01, "amsgrad": 1}),
    ("adam_amsgrad_decay", "Adam", {"lr": 0.02, "beta1": 0.8, "beta2": 0.95, "weight_decay": 0.05, "amsgrad": 1}),
    ("adamw_default", "AdamW", {"lr": 0.01}),
    ("adamw_strong_decay", "AdamW", {"lr": 0.05, "beta1": 0.5, "beta2": 0.9, "weight_decay": 0.3}),
    ("adamw_amsgrad", "AdamW", {"lr": 0.01, "weight_decay": 0.1, "amsgrad": 1}),
    ("rmsprop_default", "RMSProp", {"lr": 0.01}),
    ("rmsprop_alpha_eps", "RMSProp", {"lr": 0.005, "alpha": 0.9, "eps": 1e-4}),
    ("rmsprop_weight_decay", "RMSProp", {"lr": 0.01, "weight_decay": 0.1}),
    ("rmsprop_momentum", "RMSProp", {"lr": 0.01, "momentum": 0.9}),
    ("rmsprop_centered", "RMSProp", {"lr": 0.01, "centered": 1}),
    ("rmsprop_all", "RMSProp", {"lr": 0.01, "alpha": 0.8, "eps": 1e-6, "weight_decay": 0.05, "momentum": 0.5, "centered": 1}),
]

CLIP_CASES: list[tuple[str, float]] = [
    ("clip_scales", 0.5),
    ("clip_keeps", 100.0),
    ("clip_at_norm", 2.0),
]


def f32(x: float) -> float:
    """`x` rounded to the nearest float32."""
    return struct.unpack("f", struct.pack("f", x))[0]


def literal(x: float) -> str:
    """The shortest decimal that reads back as the float32 `x`."""
    for digits in range(1, 10):
        text = f"{x:.{digits}g}"
        if f32(float(text)) == x:
            break
    if "e" in text and float(text).is_integer() and abs(x) < 1e7:
        text = f"{x:.0f}"
    if "e" not in text and "." not in text:
        text += ".0"
    return text


def floats(values) -> str:
    return "[" + ", ".join(literal(v) for v in values) + "]"


def seeded(name: str) -> torch.Generator:
    return torch.Generator().manual_seed(zlib.crc32(name.encode()))


def normal(generator: torch.Generator, shape: list[int]) -> torch.Tensor:
    return (torch.round(torch.randn(shape, generator=generator).double() * 1e4) / 1e4).float()


def make_optimizer(kind: str, params: list[torch.Tensor], options: dict[str, float]):
    o = options
    if kind == "SGD":
        return torch.optim.SGD(
            params, lr=o["lr"], momentum=o.get("momentum", 0.0), dampening=o.get("dampening", 0.0),
            weight_decay=o.get("weight_decay", 0.0), nesterov=bool(o.get("nesterov", 0)), foreach=False)
    if kind in ("Adam", "AdamW"):
        cls = torch.optim.Adam if kind == "Adam" else torch.optim.AdamW
        return cls(
            params, lr=o["lr"], betas=(o.get("beta1", 0.9), o.get("beta2", 0.999)),
            eps=o.get("eps", 1e-8), weight_decay=o.get("weight_decay", 0.0 if kind == "Adam" else 1e-2),
            amsgrad=bool(o.get("amsgrad", 0)), foreach=False)
    assert kind == "RMSProp"
    return torch.optim.RMSprop(
        params, lr=o["lr"], alpha=o.get("alpha", 0.99), eps=o.get("eps", 1e-8),
        weight_decay=o.get("weight_decay", 0.0), momentum=o.get("momentum", 0.0),
        centered=bool(o.get("centered", 0)), foreach=False)


def optimizer_case(name: str, kind: str, options: dict[str, float]) -> str:
    generator = seeded(name)
    params = [normal(generator, shape).requires_grad_() for shape in SHAPES]
    initial = [p.detach().clone() for p in params]
    optimizer = make_optimizer(kind, params, options)
    gradients, expected = [], []
    for step in range(STEPS):
        grads = [normal(generator, shape) for shape in SHAPES]
        if step in SKIPPED_STEPS:
            grads[1] = None
        for p, g in zip(params, grads):
            p.grad = g
        optimizer.step()
        gradients.append(grads)
        expected.append([p.detach().clone() for p in params])
    option_text = ", ".join(f'"{k}": {literal(f32(v))}' for k, v in options.items())
    grad_text = ", ".join(
        "[" + ", ".join("nil" if g is None else floats(g.flatten().tolist()) for g in grads) + "]" for grads in gradients)
    expected_text = ",\n            ".join(
        "[" + ", ".join(floats(p.flatten().tolist()) for p in step) + "]" for step in expected)
    return f"""    OptimizerReferenceCase(
        name: "{name}", optimizer: "{kind}", options: [{option_text}], shapes: {SHAPES},
        initial: [{", ".join(floats(p.flatten().tolist()) for p in initial)}],
        gradients: [{grad_text}],
        expected: [
            {expected_text},
        ]),
"""


def clip_case(name: str, max_norm: float) -> str:
    generator = seeded(name)
    shapes = [[2, 2], [3], [2]]
    params = [torch.zeros(shape, requires_grad=True) for shape in shapes]
    grads = [normal(generator, shape) for shape in shapes]
    grads[1] = None
    if name == "clip_at_norm":
        grads[0] = torch.tensor([[1.0, -1.0], [1.0, 0.0]])
        grads[2] = torch.tensor([0.0, -1.0])
    for p, g in zip(params, grads):
        p.grad = None if g is None else g.clone()
    norm = torch.nn.utils.clip_grad_norm_(params, f32(max_norm), foreach=False)
    def listed(tensors):
        return "[" + ", ".join("nil" if t is None else floats(t.flatten().tolist()) for t in tensors) + "]"
    return f"""    ClipReferenceCase(
        name: "{name}", maxNorm: {literal(f32(max_norm))}, shapes: {shapes},
        gradients: {listed(grads)},
        norm: {literal(norm.item())},
        clipped: {listed([p.grad for p in params])}),
"""


def main() -> None:
    torch.set_num_threads(1)
    text = f"""// Generated by scripts/make_optimizer_fixtures.py with torch {torch.__version__}; do not edit.

/// PyTorch trajectories of every optimizer option (see the script for the setup).
let optimizerReferenceCases: [OptimizerReferenceCase] = [
{"".join(optimizer_case(*c) for c in OPTIMIZER_CASES)}]

/// PyTorch's `clip_grad_norm_` on three gradients, one absent.
let clipReferenceCases: [ClipReferenceCase] = [
{"".join(clip_case(*c) for c in CLIP_CASES)}]
"""
    OUTPUT.write_text(text)
    print(f"wrote {OUTPUT} ({len(text)} bytes)")


if __name__ == "__main__":
    main()
