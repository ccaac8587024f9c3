"""Generate golden forward and backward values for every SwiftGAN tensor op from PyTorch.

For each case below this script builds small seeded inputs, applies the PyTorch
counterpart of one `Tensor` operation, and records

* the output, and
* the gradient of ``(output * w).sum()`` with respect to every float input that
  is differentiated, ``w`` being a seeded random tensor of the output's shape.

Everything is written to one JSON file,
``Tests/SwiftGANAutogradTests/Fixtures/golden.json``: a list of cases::

    {"name": "...",
     "inputs": [{"shape": [...], "data": [...], "grad": true}, ...],
     "weight": {"shape": [...], "data": [...]},   # null for forward-only cases
     "output": {"shape": [...], "data": [...]},
     "grads":  [{"shape": [...], "data": [...]}, ...]}  # one per input with "grad": true

Inputs with ``"grad": false`` are constants: integral indices (gather,
index_select, ...), ``where`` conditions, or the operands of forward-only cases
(comparisons, argmax, sign). Data is row-major. ``GoldenTests.swift`` maps each
case name to the SwiftGAN operation and compares, so ``swift test`` needs no
Python; it also fails when a case and a mapping do not pair up one to one.

Inputs and weights are rounded to 4 decimals and stored as float32 values
(written in their shortest round-tripping form), so the Swift side reads back
exactly the numbers PyTorch used. References are then computed in float64 from
those values, so the fixture carries no float32 rounding of its own; outputs and
gradients are written with 8 significant digits. Inputs are positive where the
op needs it, away from 0 at kinks (relu, abs, clamp bounds ...), and distinct
for max-like ops, so no case sits on a tie or a kink, except the ``*_ties``
cases, which check the tie rules SwiftGAN shares with PyTorch (amax/amin split
the gradient evenly; argmax and max_pool2d take the first maximum).

Run from the repository root (Python 3.11, torch, numpy):

    python3 scripts/make_golden_fixtures.py

The output is deterministic; commit the regenerated JSON together with any
change to the cases here, and add the matching closure in GoldenTests.swift.
"""

from __future__ import annotations

import json
import math
import sys
import zlib
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

OUTPUT = Path(__file__).resolve().parent.parent / "Tests/SwiftGANAutogradTests/Fixtures/golden.json"
MAX_INPUT_ELEMENTS = 200
MAX_FILE_BYTES = 1_500_000


# MARK: Inputs


class Case:
    """Seeded input makers for one case (the seed comes from the case's name)."""

    def __init__(self, name: str):
        self.name = name
        self.generator = torch.Generator().manual_seed(zlib.crc32(name.encode()))

    @staticmethod
    def _quantize(x: torch.Tensor) -> torch.Tensor:
        return (torch.round(x.double() * 1e4) / 1e4).float()

    def normal(self, *shape: int, scale: float = 1.0) -> torch.Tensor:
        return self._quantize(torch.randn(shape, generator=self.generator) * scale)

    def uniform(self, *shape: int, low: float, high: float) -> torch.Tensor:
        return self._quantize(low + (high - low) * torch.rand(shape, generator=self.generator))

    def positive(self, *shape: int) -> torch.Tensor:
        """Values in [0.5, 2): for log, sqrt, divisors, powers."""
        return self.uniform(*shape, low=0.5, high=2.0)

    def away(self, *shape: int, margin: float = 0.2) -> torch.Tensor:
        """Normal values pushed at least `margin` away from 0 (kinks)."""
        x = torch.randn(shape, generator=self.generator)
        return self._quantize(torch.where(x >= 0, x + margin, x - margin))

    def spaced(self, *shape: int, gap: float = 0.1) -> torch.Tensor:
        """Distinct values at least `gap` apart in random order (max-like ops)."""
        n = math.prod(shape)
        order = torch.randperm(n, generator=self.generator).float()
        return self._quantize((order - n / 2) * gap).reshape(shape)

    def coarse(self, *shape: int) -> torch.Tensor:
        """Multiples of 0.5 in [-1, 1]: many ties, for comparisons."""
        return torch.randint(-2, 3, shape, generator=self.generator).float() * 0.5

    def mask(self, *shape: int) -> torch.Tensor:
        return torch.randint(0, 2, shape, generator=self.generator).float()

    def integers(self, high: int, *shape: int) -> torch.Tensor:
        """Integral values in [0, high), stored as floats (indices)."""
        return torch.randint(0, high, shape, generator=self.generator).float()


CASES: list[dict] = []
NAMES: set[str] = set()


def case(name: str, make, fn, grad=True):
    """Records one case.

    `make(c)` returns the inputs (float32 tensors); `fn(*inputs)` applies the
    op to float64 copies. `grad` is True (differentiate every input), False
    (forward only), or a list of booleans, one per input.
    """
    assert name not in NAMES, f"duplicate case {name}"
    NAMES.add(name)
    c = Case(name)
    inputs = list(make(c))
    flags = [grad] * len(inputs) if isinstance(grad, bool) else list(grad)
    assert len(flags) == len(inputs), name
    leaves = []
    for x, needs in zip(inputs, flags):
        assert x.dtype == torch.float32, name
        assert x.numel() <= MAX_INPUT_ELEMENTS, f"{name}: input of {x.numel()} elements"
        leaves.append(x.double().requires_grad_(needs))
    out = fn(*leaves)
    if not out.is_floating_point():  # comparisons, argmax
        out = out.double()
    assert torch.isfinite(out).all(), f"{name}: non-finite output"
    entry = {"name": name, "inputs": [encode_input(x, f) for x, f in zip(inputs, flags)]}
    if any(flags):
        w = c.normal(*out.shape)
        wanted = [leaf for leaf, f in zip(leaves, flags) if f]
        grads = torch.autograd.grad((out * w.double()).sum(), wanted, allow_unused=True)
        grads = [torch.zeros_like(leaf) if g is None else g for g, leaf in zip(grads, wanted)]
        entry["weight"] = encode_exact(w)
        entry["output"] = encode_value(out.detach())
        entry["grads"] = [encode_value(g) for g in grads]
    else:
        entry["weight"] = None
        entry["output"] = encode_value(out.detach())
        entry["grads"] = []
    CASES.append(entry)


def encode_exact(x: torch.Tensor) -> dict:
    """A float32 tensor written so that parsing the text gives back the same float32s."""
    data = [float(np.format_float_positional(v, unique=True, trim="-")) for v in x.numpy().astype(np.float32).ravel()]
    return {"shape": list(x.shape), "data": data}


def encode_input(x: torch.Tensor, grad: bool) -> dict:
    entry = encode_exact(x)
    entry["grad"] = grad
    return entry


def encode_value(x: torch.Tensor) -> dict:
    values = x.detach().double().numpy().ravel()
    assert np.isfinite(values).all()
    return {"shape": list(x.shape), "data": [float(f"{v:.8g}") for v in values]}


# MARK: Cases
# Names are matched one to one by GoldenTests.swift.

# Element-wise arithmetic with broadcasting.
case("add_broadcast", lambda c: [c.normal(2, 3, 4), c.normal(3, 1)], lambda a, b: a + b)
case("add_rank0", lambda c: [c.normal(3, 4), c.normal()], lambda a, b: a + b)
case("sub_broadcast", lambda c: [c.normal(2, 3, 4), c.normal(4)], lambda a, b: a - b)
case("sub_both_broadcast", lambda c: [c.normal(3, 1), c.normal(1, 4)], lambda a, b: a - b)
case("mul_broadcast", lambda c: [c.normal(2, 1, 4), c.normal(3, 1)], lambda a, b: a * b)
case("mul_same_shape", lambda c: [c.normal(3, 5), c.normal(3, 5)], lambda a, b: a * b)
case("div_broadcast", lambda c: [c.normal(2, 3, 4), c.positive(3, 1)], lambda a, b: a / b)
case("div_broadcast_numerator", lambda c: [c.normal(4), c.away(2, 3, 4, margin=0.5)], lambda a, b: a / b)
case("multiply_add", lambda c: [c.normal(2, 3, 4), c.normal(3, 1), c.normal(4)], lambda a, b, c_: torch.addcmul(c_, a, b))
case("affine", lambda c: [c.normal(3, 4)], lambda x: x * 3 + 2)
case("neg", lambda c: [c.normal(3, 4)], lambda x: -x)
case("scalar_add", lambda c: [c.normal(3, 4)], lambda x: x + 1.5)
case("scalar_radd", lambda c: [c.normal(3, 4)], lambda x: 1.5 + x)
case("scalar_sub", lambda c: [c.normal(3, 4)], lambda x: x - 0.75)
case("scalar_rsub", lambda c: [c.normal(3, 4)], lambda x: 2 - x)
case("scalar_mul", lambda c: [c.normal(3, 4)], lambda x: x * -2.5)
case("scalar_rmul", lambda c: [c.normal(3, 4)], lambda x: 0.5 * x)
case("scalar_div", lambda c: [c.normal(3, 4)], lambda x: x / 4)
case("scalar_rdiv", lambda c: [c.away(3, 4, margin=0.5)], lambda x: 2 / x)

# Unary math.
case("pow_scalar_2_5", lambda c: [c.positive(3, 4)], lambda x: x ** 2.5)
case("pow_scalar_neg_1_5", lambda c: [c.positive(3, 4)], lambda x: x ** -1.5)
case("pow_scalar_3_negative_base", lambda c: [c.normal(3, 4)], lambda x: x ** 3)
case("pow_scalar_2", lambda c: [c.normal(3, 4)], lambda x: x ** 2)
case("pow_scalar_0_5", lambda c: [c.positive(3, 4)], lambda x: x ** 0.5)
case("pow_scalar_1", lambda c: [c.normal(3, 4)], lambda x: x ** 1)
case("pow_scalar_0", lambda c: [c.normal(3, 4)], lambda x: x ** 0)
case("pow_tensor", lambda c: [c.positive(3, 4), c.normal(4)], lambda a, b: torch.pow(a, b))
case("exp", lambda c: [c.normal(3, 4)], torch.exp)
case("log", lambda c: [c.positive(3, 4)], torch.log)
case("sqrt", lambda c: [c.positive(3, 4)], torch.sqrt)
case("rsqrt", lambda c: [c.positive(3, 4)], torch.rsqrt)
case("reciprocal", lambda c: [c.away(3, 4, margin=0.5)], torch.reciprocal)
case("square", lambda c: [c.normal(3, 4)], torch.square)
case("abs", lambda c: [c.away(3, 4)], torch.abs)
case("sign", lambda c: [c.coarse(3, 4)], torch.sign, grad=False)
case("clamp", lambda c: [c.spaced(4, 5, gap=0.13)], lambda x: torch.clamp(x, -0.5, 0.8))
case("clamp_min", lambda c: [c.spaced(4, 5, gap=0.13)], lambda x: torch.clamp(x, min=-0.3))
case("clamp_max", lambda c: [c.spaced(4, 5, gap=0.13)], lambda x: torch.clamp(x, max=0.4))
# The second operand is offset by 0.05 from the first's 0.1 grid: no ties (PyTorch
# splits a tie's gradient in half, SwiftGAN gives it to the first operand).
case("minimum_broadcast", lambda c: [c.spaced(3, 4), c.spaced(4, gap=0.2) + 0.05], torch.minimum)
case("maximum_broadcast", lambda c: [c.spaced(3, 4), c.spaced(4, gap=0.2) + 0.05], torch.maximum)
case(
    "where_broadcast",
    lambda c: [c.mask(3, 4), c.normal(3, 4), c.normal(4)],
    lambda m, a, b: torch.where(m != 0, a, b),
    grad=[False, True, True],
)
case(
    "where_condition_broadcast",
    lambda c: [c.mask(3, 1), c.normal(1, 4), c.normal(3, 4)],
    lambda m, a, b: torch.where(m != 0, a, b),
    grad=[False, True, True],
)

# Activations.
case("relu", lambda c: [c.away(4, 5)], torch.relu)
case("leaky_relu", lambda c: [c.away(4, 5)], lambda x: F.leaky_relu(x, 0.2))
case("elu", lambda c: [c.away(4, 5)], lambda x: F.elu(x, alpha=1.3))
case("gelu", lambda c: [c.normal(4, 5, scale=2)], lambda x: F.gelu(x))
case("tanh", lambda c: [c.normal(4, 5, scale=2)], torch.tanh)
case("sigmoid", lambda c: [c.normal(4, 5, scale=4)], torch.sigmoid)
case(
    "softplus",
    lambda c: [torch.cat([c.normal(18, scale=4), torch.tensor([25.0, -25.0])]).reshape(4, 5)],
    F.softplus,
)
case("erf", lambda c: [c.normal(4, 5)], torch.erf)
case("softmax_last", lambda c: [c.normal(3, 5, scale=2)], lambda x: torch.softmax(x, -1))
case("softmax_axis0", lambda c: [c.normal(3, 5, scale=2)], lambda x: torch.softmax(x, 0))
case("log_softmax_last", lambda c: [c.normal(2, 3, 4, scale=2)], lambda x: torch.log_softmax(x, -1))
case("log_softmax_axis1", lambda c: [c.normal(2, 3, 4, scale=2)], lambda x: torch.log_softmax(x, 1))

# Reductions.
case("sum_all", lambda c: [c.normal(2, 3, 4)], lambda x: x.sum())
case("sum_axes_0_2", lambda c: [c.normal(2, 3, 4)], lambda x: x.sum((0, 2)))
case("sum_axis_1_keepdim", lambda c: [c.normal(2, 3, 4)], lambda x: x.sum(1, keepdim=True))
case("sum_axis_neg1", lambda c: [c.normal(2, 3, 4)], lambda x: x.sum(-1))
case("sum_to_size", lambda c: [c.normal(2, 3, 4)], lambda x: x.sum_to_size(3, 1))
case("mean_all", lambda c: [c.normal(2, 3, 4)], lambda x: x.mean())
case("mean_axes_1_2_keepdim", lambda c: [c.normal(2, 3, 4)], lambda x: x.mean((1, 2), keepdim=True))
case("mean_axis_neg1", lambda c: [c.normal(2, 3, 4)], lambda x: x.mean(-1))
case("var_unbiased_axes_0_2", lambda c: [c.normal(2, 3, 4)], lambda x: x.var((0, 2)))
case("var_unbiased_all", lambda c: [c.normal(2, 3, 4)], lambda x: x.var())
case("var_correction0_axis1_keepdim", lambda c: [c.normal(2, 3, 4)], lambda x: x.var(1, correction=0, keepdim=True))
case("amax_axis1", lambda c: [c.spaced(2, 3, 4)], lambda x: x.amax(1))
case("amax_all", lambda c: [c.spaced(2, 3, 4)], lambda x: x.amax())
case("amin_axes_0_2_keepdim", lambda c: [c.spaced(2, 3, 4)], lambda x: x.amin((0, 2), keepdim=True))
case("amin_axis_neg1", lambda c: [c.spaced(2, 3, 4)], lambda x: x.amin(-1))
# Ties: both share the gradient evenly among tied extrema, and argmax and
# max_pool2d pick the first maximum.
case("amax_ties_axis1", lambda c: [c.coarse(2, 5, 3)], lambda x: x.amax(1))
case("amin_ties_all", lambda c: [c.coarse(3, 4)], lambda x: x.amin())
case("argmax_ties_axis0", lambda c: [c.coarse(5, 4)], lambda x: x.argmax(0), grad=False)
case("logsumexp_axis2", lambda c: [c.normal(2, 3, 4, scale=2)], lambda x: torch.logsumexp(x, 2))
case("logsumexp_all", lambda c: [c.normal(2, 3, 4, scale=2)], lambda x: torch.logsumexp(x, (0, 1, 2)))
case("logsumexp_axes_0_1_keepdim", lambda c: [c.normal(2, 3, 4, scale=2)], lambda x: torch.logsumexp(x, (0, 1), keepdim=True))
case("argmax_axis1", lambda c: [c.spaced(2, 3, 4)], lambda x: x.argmax(1), grad=False)
case("argmax_axis_neg1_keepdim", lambda c: [c.spaced(2, 3, 4)], lambda x: x.argmax(-1, keepdim=True), grad=False)

# Comparisons (forward only; coarse values give ties).
for op_name, op in [("eq", torch.eq), ("ne", torch.ne), ("lt", torch.lt), ("le", torch.le), ("gt", torch.gt), ("ge", torch.ge)]:
    case(f"compare_{op_name}_broadcast", lambda c: [c.coarse(3, 4), c.coarse(4)], op, grad=False)

# Movement.
case("reshape_infer", lambda c: [c.normal(2, 3, 4)], lambda x: x.reshape(6, -1))
case("flatten", lambda c: [c.normal(2, 3, 2, 2)], lambda x: torch.flatten(x, 1))
case("unsqueeze", lambda c: [c.normal(2, 3)], lambda x: x.unsqueeze(1))
case("squeeze", lambda c: [c.normal(2, 1, 3)], lambda x: x.squeeze(1))
case("permute", lambda c: [c.normal(2, 3, 4)], lambda x: x.permute(2, 0, 1))
case("permute_negative", lambda c: [c.normal(2, 3, 4, 2)], lambda x: x.permute(-1, 1, 0, 2))
case("transpose", lambda c: [c.normal(2, 3, 4)], lambda x: x.transpose(0, 2))
case("expand", lambda c: [c.normal(3, 1)], lambda x: x.expand(2, 3, 4))
case("slice_step", lambda c: [c.normal(2, 3, 5)], lambda x: x[:, :, 1:5:2])
case("slice_step3_axis0", lambda c: [c.normal(7, 3)], lambda x: x[1:7:3])
case("slice_contiguous", lambda c: [c.normal(2, 5, 3)], lambda x: x[:, 1:4])
case(
    "unslice",
    lambda c: [c.normal(2, 3, 2)],
    lambda x: torch.zeros(2, 3, 5, dtype=x.dtype).slice_scatter(x, dim=2, start=1, end=4, step=2),
)
case("cat_axis1", lambda c: [c.normal(2, 3, 4), c.normal(2, 2, 4), c.normal(2, 1, 4)], lambda a, b, d: torch.cat([a, b, d], 1))
case("cat_axis_neg1", lambda c: [c.normal(2, 3), c.normal(2, 4)], lambda a, b: torch.cat([a, b], -1))
case("stack_axis0", lambda c: [c.normal(3, 4), c.normal(3, 4)], lambda a, b: torch.stack([a, b], 0))
case("stack_axis1", lambda c: [c.normal(2, 3, 4), c.normal(2, 3, 4)], lambda a, b: torch.stack([a, b], 1))
case("stack_axis_neg1", lambda c: [c.normal(3, 4), c.normal(3, 4), c.normal(3, 4)], lambda a, b, d: torch.stack([a, b, d], -1))
# F.pad lists widths from the last axis backwards; the Swift widths run forwards.
case("pad_constant", lambda c: [c.normal(1, 2, 3, 4)], lambda x: F.pad(x, (2, 1, 1, 2)))
case("pad_constant_last_axis", lambda c: [c.normal(2, 3, 4)], lambda x: F.pad(x, (0, 3)))
case("pad_reflect", lambda c: [c.normal(1, 2, 3, 4)], lambda x: F.pad(x, (2, 3, 2, 1), mode="reflect"))
case("pad_replicate", lambda c: [c.normal(1, 2, 3, 4)], lambda x: F.pad(x, (2, 1, 1, 3), mode="replicate"))
case(
    "index_select",
    lambda c: [c.normal(2, 3, 4), torch.tensor([3.0, 0.0, 0.0, 1.0, 3.0])],
    lambda x, i: x.index_select(2, i.long()),
    grad=[True, False],
)
case(
    "index_select_axis0",
    lambda c: [c.normal(4, 3), torch.tensor([2.0, 2.0, 0.0])],
    lambda x, i: x.index_select(0, i.long()),
    grad=[True, False],
)
case(
    "index_add",
    lambda c: [c.normal(2, 4, 3), torch.tensor([4.0, 0.0, 4.0, 2.0])],
    lambda x, i: torch.zeros(2, 5, 3, dtype=x.dtype).index_add(1, i.long(), x),
    grad=[True, False],
)
case(
    "gather_axis1",
    lambda c: [c.normal(2, 3, 4), c.integers(3, 2, 5, 4)],
    lambda x, i: torch.gather(x, 1, i.long()),
    grad=[True, False],
)
case(
    "gather_axis_neg1",
    lambda c: [c.normal(3, 4), c.integers(4, 3, 6)],
    lambda x, i: torch.gather(x, -1, i.long()),
    grad=[True, False],
)
case(
    "scatter_add_axis1",
    lambda c: [c.normal(2, 5, 4), c.integers(3, 2, 5, 4)],
    lambda s, i: torch.zeros(2, 3, 4, dtype=s.dtype).scatter_add(1, i.long(), s),
    grad=[True, False],
)
case(
    "scatter_add_axis0",
    lambda c: [c.normal(6, 3), c.integers(4, 6, 3)],
    lambda s, i: torch.zeros(4, 3, dtype=s.dtype).scatter_add(0, i.long(), s),
    grad=[True, False],
)
case("flip_axes_0_2", lambda c: [c.normal(2, 3, 4)], lambda x: x.flip(0, 2))
case("flip_axis_neg1", lambda c: [c.normal(2, 3, 4)], lambda x: x.flip(-1))

# Matrix products.
case("matmul_2d", lambda c: [c.normal(3, 4), c.normal(4, 5)], torch.matmul)
case("matmul_batched_2d", lambda c: [c.normal(2, 3, 4), c.normal(4, 5)], torch.matmul)
case("matmul_2d_batched", lambda c: [c.normal(3, 4), c.normal(2, 4, 5)], torch.matmul)
case("matmul_batched_broadcast", lambda c: [c.normal(2, 1, 3, 4), c.normal(3, 4, 2)], torch.matmul)
case("matmul_vector_matrix", lambda c: [c.normal(4), c.normal(4, 2)], torch.matmul)
case("matmul_matrix_vector", lambda c: [c.normal(3, 4), c.normal(4)], torch.matmul)
case("matmul_vector_vector", lambda c: [c.normal(4), c.normal(4)], torch.matmul)
case("matmul_batched_unit_batch", lambda c: [c.normal(2, 3, 4), c.normal(1, 1, 4, 5)], torch.matmul)
case("matmul_unit_batch_batched", lambda c: [c.normal(1, 3, 4), c.normal(2, 1, 4, 5)], torch.matmul)
case("matmul_vector_batched", lambda c: [c.normal(4), c.normal(2, 4, 3)], torch.matmul)
case("matmul_transpose_a", lambda c: [c.normal(4, 3), c.normal(4, 5)], lambda a, b: a.mT @ b)
case("matmul_transpose_b", lambda c: [c.normal(3, 4), c.normal(5, 4)], lambda a, b: a @ b.mT)
case("matmul_transpose_both", lambda c: [c.normal(4, 3), c.normal(5, 4)], lambda a, b: a.mT @ b.mT)
case("matmul_batched_transpose_a", lambda c: [c.normal(2, 4, 3), c.normal(1, 4, 5)], lambda a, b: a.mT @ b)
case("matmul_batched_transpose_b", lambda c: [c.normal(2, 3, 4), c.normal(2, 5, 4)], lambda a, b: a @ b.mT)
case("matmul_batched_transpose_both", lambda c: [c.normal(2, 1, 4, 3), c.normal(3, 5, 4)], lambda a, b: a.mT @ b.mT)
case("linear_bias", lambda c: [c.normal(3, 4), c.normal(2, 4), c.normal(2)], F.linear)
case("linear_batched_no_bias", lambda c: [c.normal(2, 3, 4), c.normal(5, 4)], F.linear)

# Convolutions.
case(
    "conv2d_stride_padding_bias",
    lambda c: [c.normal(2, 3, 5, 6), c.normal(4, 3, 3, 2), c.normal(4)],
    lambda x, w, b: F.conv2d(x, w, b, stride=(2, 1), padding=(1, 1)),
)
case(
    "conv2d_dilation_groups",
    lambda c: [c.normal(1, 4, 6, 6), c.normal(4, 2, 3, 2)],
    lambda x, w: F.conv2d(x, w, padding=(2, 1), dilation=(2, 1), groups=2),
)
case(
    "conv2d_depthwise_stride",
    lambda c: [c.normal(2, 3, 6, 5), c.normal(6, 1, 3, 3), c.normal(6)],
    lambda x, w, b: F.conv2d(x, w, b, stride=(2, 2), padding=(1, 0), groups=3),
)
case(
    "conv2d_1x1",
    lambda c: [c.normal(2, 4, 3, 3), c.normal(5, 4, 1, 1)],
    lambda x, w: F.conv2d(x, w),
)
case(
    "conv2d_nonsquare_all",
    lambda c: [c.normal(1, 2, 7, 9), c.normal(4, 1, 2, 3), c.normal(4)],
    lambda x, w, b: F.conv2d(x, w, b, stride=(1, 2), padding=(0, 2), dilation=(3, 2), groups=2),
)
case(
    "conv_transpose2d_stride_padding_output_padding_bias",
    lambda c: [c.normal(2, 3, 4, 3), c.normal(3, 2, 4, 4), c.normal(2)],
    lambda x, w, b: F.conv_transpose2d(x, w, b, stride=(2, 2), padding=(1, 1), output_padding=(1, 0)),
)
case(
    "conv_transpose2d_groups_dilation",
    lambda c: [c.normal(1, 4, 3, 3), c.normal(4, 1, 3, 3)],
    lambda x, w: F.conv_transpose2d(x, w, stride=(2, 1), dilation=(1, 2), groups=2),
)
case(
    "conv_transpose2d_output_padding_dilation",
    lambda c: [c.normal(1, 2, 3, 4), c.normal(2, 3, 2, 3), c.normal(3)],
    lambda x, w, b: F.conv_transpose2d(x, w, b, stride=(2, 2), padding=(1, 0), output_padding=(1, 1), dilation=(2, 1)),
)
# Not covered: output_padding >= stride (PyTorch allows it when it is below the
# dilation). SwiftGAN's convTranspose2d rejects it with a precondition message.
case(
    "conv_transpose2d_groups_bias_nonsquare",
    lambda c: [c.normal(2, 4, 2, 3), c.normal(4, 3, 3, 2), c.normal(6)],
    lambda x, w, b: F.conv_transpose2d(x, w, b, stride=(3, 2), padding=(1, 1), output_padding=(2, 1), groups=2),
)

# Pooling.
case("avg_pool2d_k2", lambda c: [c.normal(2, 2, 4, 6)], lambda x: F.avg_pool2d(x, 2))
case("avg_pool2d_k3_s2_p1", lambda c: [c.normal(2, 2, 5, 6)], lambda x: F.avg_pool2d(x, 3, stride=2, padding=1))
case("avg_pool2d_nonsquare", lambda c: [c.normal(1, 3, 5, 7)], lambda x: F.avg_pool2d(x, (3, 2), stride=(1, 2), padding=(1, 0)))
case("max_pool2d_k2", lambda c: [c.spaced(2, 2, 4, 6)], lambda x: F.max_pool2d(x, 2))
case("max_pool2d_k3x2_s2_p1", lambda c: [c.spaced(2, 2, 5, 6)], lambda x: F.max_pool2d(x, (3, 2), stride=(2, 2), padding=(1, 1)))
case("max_pool2d_ties", lambda c: [c.coarse(1, 2, 4, 6)], lambda x: F.max_pool2d(x, (2, 3), stride=(2, 2), padding=(1, 1)))
case("max_pool2d_overlapping", lambda c: [c.spaced(1, 2, 5, 5)], lambda x: F.max_pool2d(x, 3, stride=1, padding=1))

# Resampling.
case("nearest_scale2", lambda c: [c.normal(1, 2, 3, 4)], lambda x: F.interpolate(x, scale_factor=2, mode="nearest"))
case("nearest_scale3", lambda c: [c.normal(1, 2, 2, 3)], lambda x: F.interpolate(x, scale_factor=3, mode="nearest"))
case("nearest_size_odd_up", lambda c: [c.normal(1, 2, 3, 4)], lambda x: F.interpolate(x, size=(7, 5), mode="nearest"))
case("nearest_size_mixed", lambda c: [c.normal(2, 2, 5, 6)], lambda x: F.interpolate(x, size=(7, 4), mode="nearest"))
case(
    "bilinear_up",
    lambda c: [c.normal(2, 2, 3, 4)],
    lambda x: F.interpolate(x, size=(7, 9), mode="bilinear", align_corners=False),
)
case(
    "bilinear_down",
    lambda c: [c.normal(1, 2, 5, 6)],
    lambda x: F.interpolate(x, size=(3, 4), mode="bilinear", align_corners=False),
)
case(
    "bilinear_align_corners",
    lambda c: [c.normal(2, 2, 3, 4)],
    lambda x: F.interpolate(x, size=(5, 11), mode="bilinear", align_corners=True),
)
case(
    "bilinear_align_corners_down",
    lambda c: [c.normal(1, 2, 5, 6)],
    lambda x: F.interpolate(x, size=(1, 4), mode="bilinear", align_corners=True),
)
case("pixel_shuffle_2", lambda c: [c.normal(1, 8, 2, 3)], lambda x: F.pixel_shuffle(x, 2))
case("pixel_shuffle_3", lambda c: [c.normal(1, 9, 2, 2)], lambda x: F.pixel_shuffle(x, 3))
case("pixel_unshuffle_2", lambda c: [c.normal(2, 2, 4, 6)], lambda x: F.pixel_unshuffle(x, 2))


def main() -> int:
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(entry, separators=(",", ":"), allow_nan=False) for entry in CASES]
    text = "[\n" + ",\n".join(lines) + "\n]\n"
    size = len(text.encode())
    if size > MAX_FILE_BYTES:
        print(f"error: {OUTPUT.name} would be {size} bytes, over {MAX_FILE_BYTES}", file=sys.stderr)
        return 1
    OUTPUT.write_text(text)
    print(f"wrote {len(CASES)} cases, {size} bytes, to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
