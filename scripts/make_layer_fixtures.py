#!/usr/bin/env python3
"""Write the PyTorch reference fixtures for every SwiftGANNN layer and for the
reference models (dcgan28 G and D, sngan32 D, the sngan32 GBlock, a SAGAN
self-attention block).

Run from anywhere with a Python that has torch and safetensors
(``pip install torch safetensors``; numpy is not needed)::

    python3 scripts/make_layer_fixtures.py

It writes one safetensors file per case into
``Tests/SwiftGANNNTests/Fixtures/layers/`` (layers) and
``Tests/SwiftGANNNTests/Fixtures/models/`` (reference models), replacing what
is there. ``LayerGoldenTests.swift`` and ``ReferenceModelTests.swift`` pair
every file, by name, with a Swift builder of the same layer and fail when a
file and a builder do not pair up one to one, so ``swift test`` needs no Python.

Each file holds (all float tensors F32; integer inputs and
``num_batches_tracked`` I64, as PyTorch stores them):

* ``state.<key>``: the module's ``state_dict()`` before the forward pass
  (spectral norm: ``weight_orig``, ``weight_u``, ``weight_v``, ...);
* ``input`` and, for layers with more inputs, ``input.<name>`` (``style``,
  ``latent``, ``labels``, ``noise``); integer inputs are indices and labels;
* ``weight``: the seeded ``w`` of the scalar ``(output * w).sum()``;
* ``output``: the forward result in the file's mode;
* ``grad.input``, ``grad.input.<name>``: gradients of that scalar with
  respect to the float inputs; ``grad.<param key>`` for every parameter;
* ``after.<buffer key>``: every buffer after the forward pass (running
  statistics, ``num_batches_tracked``, spectral norm's ``u`` and ``v``);
* models only: ``eval.output``, the output in evaluation mode of the module
  holding the saved ``state`` (before the training-mode step).

The metadata holds ``mode`` (``train`` or ``eval``: the mode of the forward
pass) and ``module`` (the PyTorch construction, for people).

The modules are built and initialized in float32 (parameters drawn from a
generator seeded by the case name), and those exact float32 values are saved;
the reference forward and backward passes then run in float64 from the same
values, so the expected numbers carry no float32 rounding of their own and the
Swift float32 results are compared with rtol 1e-4.

Layers that PyTorch lacks (conditional and self-modulated batch norm, SAGAN
self-attention, AdaIN, pixel norm, minibatch stddev, equalized and modulated
convolutions, noise injection, residual up/down blocks) are written below from
the math in the Swift files' doc comments, with the same state dict keys.

The reference models are the networks of ``torch_peer.py`` (the benchmark
peer, ``shared/bench/torch_peer.py``); the definitions are copied below
verbatim, and when ``torch_peer.py`` can be found (``$TORCH_PEER``,
``shared/bench/`` in the repository or beside it) its classes are
used instead and checked against the copies. The sngan32 discriminator and
GBlock use channel width c=32 (the constructor argument of ``SNDiscriminator``
and ``GBlock``) instead of the benchmark's 128 to keep the fixtures small.

The output is deterministic for a given PyTorch version; commit the
regenerated files with any change to the cases here and the matching builder
in the Swift tests.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import sys
import zlib
from pathlib import Path

import torch
import torch.nn as nn
import torch.nn.functional as F
from safetensors.torch import save

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ROOT / "Tests/SwiftGANNNTests/Fixtures/layers"
MODELS = ROOT / "Tests/SwiftGANNNTests/Fixtures/models"
MAX_LAYER_BYTES = 2_000_000
MAX_MODEL_BYTES = 12_000_000


# MARK: Layers PyTorch lacks (the math of the Swift doc comments, the same keys)


class Reshape(nn.Module):
    """torch_peer.py's Reshape (SwiftGANNN's Reshape)."""

    def __init__(self, *s):
        super().__init__()
        self.s = s

    def forward(self, x):
        return x.view(x.shape[0], *self.s)


class ConditionalBatchNorm2d(nn.Module):
    """`BN(x) * gain[label] + bias[label]`, BN without affine."""

    def __init__(self, c, num_classes, eps=1e-5, momentum=0.1):
        super().__init__()
        self.bn = nn.BatchNorm2d(c, eps=eps, momentum=momentum, affine=False)
        self.gain = nn.Embedding(num_classes, c)
        self.bias = nn.Embedding(num_classes, c)

    def forward(self, x, labels):
        return self.bn(x) * self.gain(labels)[:, :, None, None] + self.bias(labels)[:, :, None, None]


class SelfModulatedBatchNorm2d(nn.Module):
    """`BN(x) * (1 + gain(z)) + bias(z)`, gain and bias one-hidden-layer ReLU MLPs."""

    def __init__(self, c, latent, hidden=32, eps=1e-5):
        super().__init__()
        self.bn = nn.BatchNorm2d(c, eps=eps, affine=False)
        self.gain = nn.Sequential(nn.Linear(latent, hidden), nn.ReLU(), nn.Linear(hidden, c))
        self.bias = nn.Sequential(nn.Linear(latent, hidden), nn.ReLU(), nn.Linear(hidden, c))

    def forward(self, x, z):
        return self.bn(x) * (1 + self.gain(z)[:, :, None, None]) + self.bias(z)[:, :, None, None]


class SelfAttention(nn.Module):
    """SAGAN's block as in the common PyTorch implementation (Self_Attn)."""

    def __init__(self, c, reduction=8):
        super().__init__()
        self.query_conv = nn.Conv2d(c, c // reduction, 1)
        self.key_conv = nn.Conv2d(c, c // reduction, 1)
        self.value_conv = nn.Conv2d(c, c, 1)
        self.gamma = nn.Parameter(torch.zeros(1))

    def forward(self, x):
        n, c, h, w = x.shape
        q = self.query_conv(x).view(n, -1, h * w).permute(0, 2, 1)  # [N, P, C']
        k = self.key_conv(x).view(n, -1, h * w)  # [N, C', P]
        attention = F.softmax(torch.bmm(q, k), dim=-1)  # [N, P, P]
        v = self.value_conv(x).view(n, -1, h * w)  # [N, C, P]
        out = torch.bmm(v, attention.permute(0, 2, 1)).view(n, c, h, w)
        return self.gamma * out + x


class AdaptiveInstanceNorm(nn.Module):
    """`IN(x) * (1 + scale(w)) + shift(w)`, `[scale, shift] = style(w)` viewed as [N, 2, C, 1, 1]."""

    def __init__(self, c, style_dim, eps=1e-5):
        super().__init__()
        self.c, self.eps = c, eps
        self.style = nn.Linear(style_dim, 2 * c)

    def forward(self, x, w):
        p = self.style(w).view(x.shape[0], 2, self.c, 1, 1)
        return F.instance_norm(x, eps=self.eps) * (1 + p[:, 0]) + p[:, 1]


def adain_transfer(content, style, eps=1e-5):
    """Content renormalized to the style's per-channel mean and (biased) std, `sqrt(var + eps)`."""
    mean = style.mean(dim=(2, 3), keepdim=True)
    var = style.var(dim=(2, 3), keepdim=True, unbiased=False)
    return F.instance_norm(content, eps=eps) * (var + eps).sqrt() + mean


class PixelNorm(nn.Module):
    def __init__(self, eps=1e-8):
        super().__init__()
        self.eps = eps

    def forward(self, x):
        return x * torch.rsqrt(x.square().mean(dim=1, keepdim=True) + self.eps)


class MinibatchStdDev(nn.Module):
    """StyleGAN2's MinibatchStdLayer (official code, sample n = g * M + m)."""

    def __init__(self, group_size=4, num_channels=1):
        super().__init__()
        self.group_size, self.num_channels = group_size, num_channels

    def forward(self, x):
        n, c, h, w = x.shape
        g = min(self.group_size, n)
        f = self.num_channels
        y = x.reshape(g, -1, f, c // f, h, w)
        y = y - y.mean(dim=0)
        y = y.square().mean(dim=0)
        y = (y + 1e-8).sqrt()
        y = y.mean(dim=[2, 3, 4])
        y = y.reshape(-1, f, 1, 1).repeat(g, 1, h, w)
        return torch.cat([x, y], dim=1)


def f32(value: float) -> float:
    """The float32 nearest `value`, as the Swift side computes its constants."""
    return float(torch.tensor(value, dtype=torch.float32))


class EqualizedLinear(nn.Module):
    """Weights N(0, 1) / lr_mul scaled by lr_mul / sqrt(in); bias stored / lr_mul, used * lr_mul."""

    def __init__(self, i, o, bias=True, bias_init=0.0, lr_mul=1.0):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(o, i) / lr_mul)
        self.bias = nn.Parameter(torch.full([o], bias_init / lr_mul)) if bias else None
        self.lr_mul = f32(lr_mul)
        self.scale = f32(f32(lr_mul) / f32(math.sqrt(i)))

    def forward(self, x):
        b = self.bias * self.lr_mul if self.bias is not None else None
        return F.linear(x, self.weight * self.scale, b)


class EqualizedConv2d(nn.Module):
    """Weights N(0, 1) scaled by 1 / sqrt(in * kh * kw); bias from zero."""

    def __init__(self, i, o, k, stride=1, padding=0, bias=True):
        super().__init__()
        k = (k, k) if isinstance(k, int) else k
        self.weight = nn.Parameter(torch.randn(o, i, *k))
        self.bias = nn.Parameter(torch.zeros(o)) if bias else None
        self.stride, self.padding = stride, padding
        self.scale = f32(1 / f32(math.sqrt(i * k[0] * k[1])))

    def forward(self, x):
        return F.conv2d(x, self.weight * self.scale, self.bias, stride=self.stride, padding=self.padding)


class ModulatedConv2d(nn.Module):
    """StyleGAN2's modulated convolution as documented in ModulatedConv2d.swift."""

    def __init__(self, i, o, k, style_dim, demodulate=True, upsample=False):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(o, i, k, k))
        self.affine = EqualizedLinear(style_dim, i, bias_init=1.0)
        self.i, self.o, self.k = i, o, k
        self.demodulate, self.upsample = demodulate, upsample

    def forward(self, x, w):
        n, i, o, k = x.shape[0], self.i, self.o, self.k
        styles = self.affine(w).view(n, 1, i, 1, 1)
        weights = self.weight[None] * styles * f32(1 / f32(math.sqrt(i * k * k)))  # [N, O, I, k, k]
        if self.demodulate:
            weights = weights * (weights.square().sum(dim=[2, 3, 4], keepdim=True) + 1e-8).rsqrt()
        batched = x.reshape(1, n * i, *x.shape[2:])
        if not self.upsample:
            y = F.conv2d(batched, weights.reshape(n * o, i, k, k), padding=k // 2, groups=n)
            return y.reshape(n, o, *y.shape[2:])
        y = F.conv_transpose2d(batched, weights.transpose(1, 2).reshape(n * i, o, k, k), stride=2, groups=n)
        y = y.reshape(n, o, *y.shape[2:])
        taps = torch.tensor([1.0, 3.0, 3.0, 1.0], dtype=y.dtype)
        blur = (taps[:, None] * taps[None, :]) * 4 / 64
        return F.conv2d(y, blur.expand(o, 1, 4, 4), padding=(5 - k) // 2, groups=o)


class NoiseInjection(nn.Module):
    def __init__(self):
        super().__init__()
        self.strength = nn.Parameter(torch.zeros(1))

    def forward(self, x, noise):
        return x + noise * self.strength


class ResidualUpBlock(nn.Module):
    """torch_peer.py's GBlock, with a 1x1 `sc` conv on the upsampled skip when the channel count changes."""

    def __init__(self, cin, cout):
        super().__init__()
        self.b1, self.c1 = nn.BatchNorm2d(cin), nn.Conv2d(cin, cout, 3, 1, 1)
        self.b2, self.c2 = nn.BatchNorm2d(cout), nn.Conv2d(cout, cout, 3, 1, 1)
        self.sc = nn.Conv2d(cin, cout, 1) if cin != cout else None

    def forward(self, x):
        h = F.interpolate(F.relu(self.b1(x)), scale_factor=2)
        h = self.c2(F.relu(self.b2(self.c1(h))))
        s = F.interpolate(x, scale_factor=2)
        return h + (self.sc(s) if self.sc is not None else s)


class ResidualDownBlock(nn.Module):
    """torch_peer.py's DBlock, with spectral norm and downsampling optional."""

    def __init__(self, cin, c, first=False, downsample=True, spectral=True):
        super().__init__()
        sn = nn.utils.spectral_norm if spectral else (lambda m: m)
        self.first, self.downsample = first, downsample
        self.c1, self.c2, self.sc = sn(nn.Conv2d(cin, c, 3, 1, 1)), sn(nn.Conv2d(c, c, 3, 1, 1)), sn(nn.Conv2d(cin, c, 1))

    def forward(self, x):
        pool = (lambda t: F.avg_pool2d(t, 2)) if self.downsample else (lambda t: t)
        h = x if self.first else F.relu(x)
        h = pool(self.c2(F.relu(self.c1(h))))
        if self.first:
            return h + self.sc(pool(x))
        return h + pool(self.sc(x))


# MARK: The reference models, copied verbatim from torch_peer.py


def dcgan28(bn_in_d=True):
    G = nn.Sequential(
        nn.Linear(100, 128 * 7 * 7), nn.BatchNorm1d(128 * 7 * 7), nn.ReLU(), Reshape(128, 7, 7),
        nn.ConvTranspose2d(128, 64, 4, 2, 1), nn.BatchNorm2d(64), nn.ReLU(),
        nn.ConvTranspose2d(64, 1, 4, 2, 1), nn.Tanh())
    D = nn.Sequential(
        nn.Conv2d(1, 64, 4, 2, 1), nn.LeakyReLU(0.2),
        nn.Conv2d(64, 128, 4, 2, 1), nn.BatchNorm2d(128) if bn_in_d else nn.Identity(), nn.LeakyReLU(0.2),
        nn.Flatten(), nn.Linear(128 * 7 * 7, 1))
    return G, D, 100, (1, 28, 28), 64


class GBlock(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.b1, self.c1 = nn.BatchNorm2d(c), nn.Conv2d(c, c, 3, 1, 1)
        self.b2, self.c2 = nn.BatchNorm2d(c), nn.Conv2d(c, c, 3, 1, 1)
    def forward(self, x):
        h = F.interpolate(F.relu(self.b1(x)), scale_factor=2)
        h = self.c2(F.relu(self.b2(self.c1(h))))
        return h + F.interpolate(x, scale_factor=2)


class DBlock(nn.Module):
    def __init__(self, cin, c, first=False):
        super().__init__()
        sn = nn.utils.spectral_norm
        self.first = first
        self.c1, self.c2, self.sc = sn(nn.Conv2d(cin, c, 3, 1, 1)), sn(nn.Conv2d(c, c, 3, 1, 1)), sn(nn.Conv2d(cin, c, 1))
    def forward(self, x):
        h = x if self.first else F.relu(x)
        h = F.avg_pool2d(self.c2(F.relu(self.c1(h))), 2)
        s = F.avg_pool2d(x, 2) if self.first else x
        s = self.sc(s)
        if not self.first:
            s = F.avg_pool2d(s, 2)
        return h + s


class SNDiscriminator(nn.Module):
    def __init__(self, c=128):
        super().__init__()
        self.blocks = nn.Sequential(DBlock(3, c, first=True), DBlock(c, c), DBlock(c, c))
        self.c3, self.c4 = nn.utils.spectral_norm(nn.Conv2d(c, c, 3, 1, 1)), nn.utils.spectral_norm(nn.Conv2d(c, c, 3, 1, 1))
        self.l = nn.utils.spectral_norm(nn.Linear(c, 1))
    def forward(self, x):
        h = self.blocks(x)
        h = self.c4(F.relu(self.c3(F.relu(h))))
        return self.l(F.relu(h).sum(dim=(2, 3)))


def find_torch_peer():
    """torch_peer.py as a module, when it can be found; else None (the copies above are used)."""
    candidates = [os.environ.get("TORCH_PEER"), ROOT / "shared/bench/torch_peer.py", ROOT.parent / "shared/bench/torch_peer.py"]
    for path in candidates:
        if path and Path(path).is_file():
            spec = importlib.util.spec_from_file_location("torch_peer", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module, str(path)
    return None, None


# MARK: Running one case


def seed_of(name: str) -> int:
    return zlib.crc32(name.encode())


class Maker:
    """Seeded inputs and parameter values for one case."""

    def __init__(self, name: str):
        self.generator = torch.Generator().manual_seed(seed_of(name) + 1)

    def normal(self, *shape, scale=1.0, shift=0.0):
        return torch.randn(shape, generator=self.generator) * scale + shift

    def uniform(self, *shape, low=0.0, high=1.0):
        return low + (high - low) * torch.rand(shape, generator=self.generator)


def randomize(module: nn.Module, m: Maker):
    """Non-trivial values for normalization parameters and running statistics (so
    every term of the math shows), drawn from the case's generator."""
    with torch.no_grad():
        for sub in module.modules():
            if isinstance(sub, (nn.modules.batchnorm._NormBase, nn.GroupNorm, nn.LayerNorm)):
                if getattr(sub, "weight", None) is not None:
                    sub.weight.copy_(m.normal(*sub.weight.shape, scale=0.3, shift=1.0))
                    sub.bias.copy_(m.normal(*sub.bias.shape, scale=0.2))
                if getattr(sub, "running_mean", None) is not None:
                    sub.running_mean.copy_(m.normal(*sub.running_mean.shape, scale=0.3))
                    sub.running_var.copy_(m.uniform(*sub.running_var.shape, low=0.5, high=1.5))
                    sub.num_batches_tracked.fill_(6)  # momentum None: 1 / 7 on the next step


def differentiate(module, inputs, forward, mode, m: Maker):
    """Output, `w` (drawn from `m` for the output's shape), gradients (inputs,
    then parameters) and buffers after one float64 pass."""
    module.train(mode == "train")
    leaves = {k: (v.double().requires_grad_(True) if v.is_floating_point() else v) for k, v in inputs.items()}
    out = forward(module, leaves)
    w = m.normal(*out.shape)
    float_inputs = [k for k, v in leaves.items() if v.is_floating_point()]
    params = list(module.named_parameters())
    targets = [leaves[k] for k in float_inputs] + [p for _, p in params]
    grads = torch.autograd.grad((out * w.double()).sum(), targets, allow_unused=True)
    grads = [torch.zeros_like(t) if g is None else g for g, t in zip(grads, targets)]
    result = {"weight": w, "output": out}
    for k, g in zip(float_inputs, grads):
        result["grad." + k] = g
    for (k, _), g in zip(params, grads[len(float_inputs):]):
        result["grad." + k] = g
    for k, b in module.named_buffers():
        result["after." + k] = b
    return result


def tensors_of(state, inputs, results):
    tensors = {f"state.{k}": v for k, v in state.items()}
    tensors.update(inputs)
    tensors.update(results)
    out = {}
    for k, v in tensors.items():
        v = v.detach()
        v = v.float() if v.is_floating_point() else v
        assert not v.is_floating_point() or torch.isfinite(v).all(), k
        out[k] = v.contiguous().clone()
    return out


WRITTEN: dict[Path, set] = {LAYERS: set(), MODELS: set()}


def write(directory: Path, name: str, tensors, mode: str, description: str):
    assert name not in WRITTEN[directory], f"duplicate case {name}"
    WRITTEN[directory].add(name)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{name}.safetensors").write_bytes(deterministic(save(tensors, metadata={"mode": mode, "module": description})))


def deterministic(data: bytes) -> bytes:
    """The library's bytes with the metadata keys in sorted order (it writes them
    in hash order, which changes from run to run); tensors and offsets unchanged."""
    length = int.from_bytes(data[:8], "little")
    header = json.loads(data[8:8 + length])
    header["__metadata__"] = dict(sorted(header["__metadata__"].items()))
    text = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode()
    text += b" " * (-len(text) % 8)
    return len(text).to_bytes(8, "little") + text + data[8 + length:]


def warm_up(module, forward, named_inputs, steps):
    """`steps` training-mode passes without gradients on the inputs, so that spectral
    norm's `u` and `v` are converged power-iteration vectors (as in a trained model)
    rather than random ones, which would make sigma arbitrarily small."""
    module.train()
    with torch.no_grad():
        for _ in range(steps):
            forward(module, named_inputs)


def layer(name, build, inputs, forward=None, mode="train", description=None, warmup=0):
    """One layer case. `build(m)` makes the float32 module (torch seeded by the name);
    `inputs(m)` the named inputs; `forward(module, inputs)` defaults to `module(input)`;
    `warmup` training-mode passes run before the state is saved (see `warm_up`)."""
    torch.manual_seed(seed_of(name))
    m = Maker(name)
    module = build(m)
    named_inputs = inputs(m)
    forward = forward or (lambda mod, x: mod(x["input"]))
    warm_up(module, forward, named_inputs, warmup)
    state = {k: v.detach().clone() for k, v in module.state_dict().items()}
    results = differentiate(module.double(), named_inputs, forward, mode, m)
    write(LAYERS, name, tensors_of(state, named_inputs, results), mode, description or repr(module))


def x(*shape, scale=1.0):
    return lambda m: {"input": m.normal(*shape, scale=scale)}


# MARK: Layer cases (names are matched one to one by LayerGoldenTests.swift)


def layer_cases():
    # Linear.
    layer("linear", lambda m: nn.Linear(5, 3), x(4, 5))
    layer("linear_no_bias", lambda m: nn.Linear(5, 3, bias=False), x(4, 5))
    layer("linear_rank3", lambda m: nn.Linear(5, 3), x(2, 3, 5))

    # Conv2d.
    layer("conv2d", lambda m: nn.Conv2d(3, 4, 3, padding=1), x(2, 3, 5, 5))
    layer("conv2d_stride2", lambda m: nn.Conv2d(3, 4, 3, stride=2, padding=1), x(2, 3, 6, 6))
    layer("conv2d_no_bias", lambda m: nn.Conv2d(3, 4, 3, bias=False), x(2, 3, 5, 5))
    layer("conv2d_reflect", lambda m: nn.Conv2d(2, 3, 3, padding=(2, 1), padding_mode="reflect"), x(2, 2, 5, 4))
    layer("conv2d_replicate", lambda m: nn.Conv2d(2, 3, 3, padding=(1, 2), padding_mode="replicate"), x(2, 2, 4, 5))
    layer("conv2d_groups", lambda m: nn.Conv2d(4, 6, 3, padding=1, groups=2), x(2, 4, 4, 4))
    layer("conv2d_depthwise", lambda m: nn.Conv2d(3, 6, 3, groups=3), x(2, 3, 5, 5))
    layer("conv2d_dilation", lambda m: nn.Conv2d(2, 3, 3, padding=2, dilation=2), x(2, 2, 6, 6))
    layer("conv2d_nonsquare", lambda m: nn.Conv2d(2, 3, (3, 2), stride=(2, 1), padding=(1, 0), dilation=(1, 2)), x(2, 2, 7, 6))

    # ConvTranspose2d.
    layer("conv_transpose2d", lambda m: nn.ConvTranspose2d(3, 2, 4, stride=2, padding=1), x(2, 3, 3, 3))
    layer("conv_transpose2d_output_padding", lambda m: nn.ConvTranspose2d(3, 2, 3, stride=2, padding=1, output_padding=1), x(2, 3, 3, 4))
    layer("conv_transpose2d_groups", lambda m: nn.ConvTranspose2d(4, 6, 3, stride=2, groups=2), x(2, 4, 3, 3))
    layer("conv_transpose2d_dilation", lambda m: nn.ConvTranspose2d(2, 3, 3, padding=1, dilation=2), x(2, 2, 4, 4))
    layer("conv_transpose2d_nonsquare",
          lambda m: nn.ConvTranspose2d(2, 3, (3, 2), stride=(2, 3), padding=(1, 0), output_padding=(1, 2), bias=False), x(2, 2, 3, 3))

    # BatchNorm.
    def bn(cls, *args, **kwargs):
        def build(m):
            module = cls(*args, **kwargs)
            randomize(module, m)
            return module
        return build

    layer("batchnorm1d_train", bn(nn.BatchNorm1d, 4), x(5, 4, scale=2))
    layer("batchnorm1d_train_3d", bn(nn.BatchNorm1d, 3), x(2, 3, 4))
    layer("batchnorm1d_eval", bn(nn.BatchNorm1d, 4), x(5, 4), mode="eval")
    layer("batchnorm2d_train", bn(nn.BatchNorm2d, 3), x(2, 3, 3, 4, scale=1.5))
    layer("batchnorm2d_train_momentum_none", bn(nn.BatchNorm2d, 3, momentum=None), x(2, 3, 3, 3))
    layer("batchnorm2d_train_momentum_0_3_eps_1e-3", bn(nn.BatchNorm2d, 3, momentum=0.3, eps=1e-3), x(3, 3, 2, 2))
    layer("batchnorm2d_eval", bn(nn.BatchNorm2d, 3), x(2, 3, 3, 3), mode="eval")
    layer("batchnorm2d_train_no_affine", bn(nn.BatchNorm2d, 3, affine=False), x(2, 3, 3, 3))
    layer("batchnorm2d_eval_untracked", bn(nn.BatchNorm2d, 3, track_running_stats=False), x(2, 3, 3, 3), mode="eval")

    # Other normalizations.
    layer("instancenorm2d_affine", bn(nn.InstanceNorm2d, 3, affine=True), x(2, 3, 3, 4))
    layer("instancenorm2d", lambda m: nn.InstanceNorm2d(3), x(2, 3, 3, 3))
    layer("layernorm", bn(nn.LayerNorm, [4]), x(2, 3, 4))
    layer("layernorm_2d_shape", bn(nn.LayerNorm, [3, 4]), x(2, 3, 4))
    layer("layernorm_no_affine", lambda m: nn.LayerNorm([5], elementwise_affine=False), x(3, 5))
    layer("groupnorm", bn(nn.GroupNorm, 3, 6), x(2, 6, 2, 3))
    layer("groupnorm_one_group_no_affine", lambda m: nn.GroupNorm(1, 4, affine=False), x(2, 4, 3, 3))

    # Embedding.
    layer("embedding", lambda m: nn.Embedding(7, 4), lambda m: {"input": torch.tensor([3, 1, 6, 1, 0, 3, 3])},
          forward=lambda mod, i: mod(i["input"]))

    # Resampling, pooling, reshaping.
    layer("upsample_nearest_scale2", lambda m: nn.Upsample(scale_factor=2, mode="nearest"), x(2, 2, 3, 4))
    layer("upsample_nearest_size", lambda m: nn.Upsample(size=(5, 7), mode="nearest"), x(2, 2, 3, 4))
    layer("upsample_bilinear_scale2", lambda m: nn.Upsample(scale_factor=2, mode="bilinear"), x(2, 2, 3, 4))
    layer("upsample_bilinear_size_align_corners", lambda m: nn.Upsample(size=(5, 7), mode="bilinear", align_corners=True), x(2, 2, 3, 4))
    layer("upsample_bilinear_down", lambda m: nn.Upsample(size=(2, 3), mode="bilinear"), x(2, 2, 5, 7))
    layer("avgpool2d", lambda m: nn.AvgPool2d(2), x(2, 2, 4, 6))
    layer("avgpool2d_k3_s2_p1", lambda m: nn.AvgPool2d(3, stride=2, padding=1), x(2, 2, 5, 5))
    layer("avgpool2d_nonsquare", lambda m: nn.AvgPool2d((2, 3), stride=(2, 1), padding=(1, 1)), x(2, 2, 4, 5))
    layer("maxpool2d", lambda m: nn.MaxPool2d(2), x(2, 2, 4, 6))
    layer("maxpool2d_k3_s2_p1", lambda m: nn.MaxPool2d(3, stride=2, padding=1), x(2, 2, 5, 5))
    layer("maxpool2d_nonsquare", lambda m: nn.MaxPool2d((2, 3), stride=(2, 1), padding=(1, 1)), x(2, 2, 4, 5))
    layer("pixelshuffle", lambda m: nn.PixelShuffle(2), x(2, 8, 2, 3))
    layer("pixelunshuffle", lambda m: nn.PixelUnshuffle(2), x(2, 2, 4, 6))
    layer("flatten", lambda m: nn.Flatten(), x(2, 3, 2, 2))
    layer("flatten_start2", lambda m: nn.Flatten(start_dim=2), x(2, 3, 2, 2))
    layer("reshape", lambda m: Reshape(3, 2, 2), x(2, 12))

    # Activations.
    for name, module in [("relu", nn.ReLU()), ("leaky_relu_0_2", nn.LeakyReLU(0.2)), ("elu", nn.ELU()),
                         ("elu_0_5", nn.ELU(0.5)), ("gelu", nn.GELU()), ("tanh", nn.Tanh()), ("sigmoid", nn.Sigmoid()),
                         ("softplus", nn.Softplus()), ("identity", nn.Identity())]:
        layer(f"activation_{name}", lambda m, module=module: module, x(3, 5, scale=2))

    # Spectral norm (state saved before the forward pass, with weight_u and weight_v;
    # the training-mode cases start from random u and v, the evaluation-mode ones
    # from converged ones).
    sn = nn.utils.spectral_norm
    layer("spectralnorm_linear_train", lambda m: sn(nn.Linear(5, 4)), x(3, 5))
    layer("spectralnorm_linear_eval", lambda m: sn(nn.Linear(5, 4)), x(3, 5), mode="eval", warmup=5)
    layer("spectralnorm_conv2d_train", lambda m: sn(nn.Conv2d(3, 4, 3, padding=1)), x(2, 3, 4, 4))
    layer("spectralnorm_conv2d_train_3_iterations", lambda m: sn(nn.Conv2d(3, 4, 3, padding=1), n_power_iterations=3), x(2, 3, 4, 4))
    layer("spectralnorm_conv2d_eval", lambda m: sn(nn.Conv2d(3, 4, 3, padding=1)), x(2, 3, 4, 4), mode="eval", warmup=5)
    layer("spectralnorm_conv_transpose2d_train", lambda m: sn(nn.ConvTranspose2d(3, 2, 4, stride=2, padding=1)), x(2, 3, 3, 3))
    layer("spectralnorm_conv_transpose2d_eval", lambda m: sn(nn.ConvTranspose2d(3, 2, 4, stride=2, padding=1)), x(2, 3, 3, 3), mode="eval", warmup=5)

    # GAN layers.
    def cbn(m):
        module = ConditionalBatchNorm2d(3, 5)
        randomize(module, m)
        with torch.no_grad():
            module.gain.weight.copy_(m.normal(5, 3, scale=0.3, shift=1.0))
            module.bias.weight.copy_(m.normal(5, 3, scale=0.2))
        return module

    labels = lambda m: {"input": m.normal(4, 3, 2, 2), "input.labels": torch.tensor([2, 0, 2, 4])}
    cbn_forward = lambda mod, i: mod(i["input"], i["input.labels"])
    layer("conditional_batchnorm2d_train", cbn, labels, cbn_forward)
    layer("conditional_batchnorm2d_eval", cbn, labels, cbn_forward, mode="eval")

    def smbn(m):
        module = SelfModulatedBatchNorm2d(3, 4, hidden=6)
        randomize(module, m)
        return module

    layer("self_modulated_batchnorm2d_train", smbn, lambda m: {"input": m.normal(3, 3, 2, 2), "input.latent": m.normal(3, 4)},
          lambda mod, i: mod(i["input"], i["input.latent"]))

    def attention(m):
        module = SelfAttention(8, reduction=4)
        with torch.no_grad():
            module.gamma.fill_(0.7)
        return module

    layer("self_attention", attention, x(2, 8, 3, 3))

    layer("adaptive_instance_norm", lambda m: AdaptiveInstanceNorm(3, 4),
          lambda m: {"input": m.normal(2, 3, 3, 3), "input.style": m.normal(2, 4)}, lambda mod, i: mod(i["input"], i["input.style"]))
    layer("adain_transfer", lambda m: nn.Module(),
          lambda m: {"input": m.normal(2, 3, 3, 4), "input.style": m.normal(2, 3, 4, 3, scale=2, shift=0.5)},
          lambda mod, i: adain_transfer(i["input"], i["input.style"]), description="adain_transfer(content=input, style=input.style)")

    layer("pixelnorm", lambda m: PixelNorm(), x(2, 4, 2, 3))
    layer("pixelnorm_rank2", lambda m: PixelNorm(), x(3, 5))
    layer("minibatch_stddev_group2", lambda m: MinibatchStdDev(2, 1), x(4, 4, 2, 3))
    layer("minibatch_stddev_group4_channels2", lambda m: MinibatchStdDev(4, 2), x(4, 4, 2, 2))
    layer("minibatch_stddev_group_larger_than_batch", lambda m: MinibatchStdDev(4, 1), x(2, 3, 2, 2))

    def equalized_linear(bias_init, lr_mul):
        def build(m):
            module = EqualizedLinear(5, 3, bias_init=bias_init, lr_mul=lr_mul)
            with torch.no_grad():
                module.bias.add_(m.normal(3, scale=0.1 / lr_mul))
            return module
        return build

    layer("equalized_linear", equalized_linear(0.0, 1.0), x(4, 5))
    layer("equalized_linear_lr_mul_0_01", equalized_linear(0.5, 0.01), x(4, 5))

    def equalized_conv(m):
        module = EqualizedConv2d(3, 4, 3, stride=2, padding=1)
        with torch.no_grad():
            module.bias.copy_(m.normal(4, scale=0.1))
        return module

    layer("equalized_conv2d", equalized_conv, x(2, 3, 5, 5))

    def modulated(k, demodulate, upsample):
        def build(m):
            module = ModulatedConv2d(3, 4, k, 5, demodulate=demodulate, upsample=upsample)
            with torch.no_grad():
                module.affine.bias.add_(m.normal(3, scale=0.1))
            return module
        return build

    style = lambda m: {"input": m.normal(2, 3, 4, 4), "input.style": m.normal(2, 5)}
    modulated_forward = lambda mod, i: mod(i["input"], i["input.style"])
    layer("modulated_conv2d", modulated(3, True, False), style, modulated_forward)
    layer("modulated_conv2d_no_demodulation_k1", modulated(1, False, False), style, modulated_forward)
    layer("modulated_conv2d_upsample", modulated(3, True, True), style, modulated_forward)
    layer("modulated_conv2d_upsample_k1_no_demodulation", modulated(1, False, True), style, modulated_forward)

    def noise(m):
        module = NoiseInjection()
        with torch.no_grad():
            module.strength.fill_(0.6)
        return module

    layer("noise_injection", noise, lambda m: {"input": m.normal(2, 3, 3, 4), "input.noise": m.normal(2, 1, 3, 4)},
          lambda mod, i: mod(i["input"], i["input.noise"]))

    def up(cin, cout):
        def build(m):
            module = ResidualUpBlock(cin, cout)
            randomize(module, m)
            return module
        return build

    layer("residual_up_block_train", up(4, 4), x(2, 4, 3, 3))
    layer("residual_up_block_channels_train", up(4, 3), x(2, 4, 2, 3))
    layer("residual_up_block_eval", up(3, 3), x(2, 3, 2, 2), mode="eval")

    layer("residual_down_block_first_sn_train", lambda m: ResidualDownBlock(3, 4, first=True), x(2, 3, 4, 4))
    layer("residual_down_block_sn_train", lambda m: ResidualDownBlock(3, 4), x(2, 3, 4, 6))
    layer("residual_down_block_sn_eval", lambda m: ResidualDownBlock(3, 4), x(2, 3, 4, 4), mode="eval", warmup=5)
    layer("residual_down_block_plain_no_downsample", lambda m: ResidualDownBlock(3, 4, downsample=False, spectral=False), x(2, 3, 3, 3))
    layer("residual_down_block_first_plain_no_downsample",
          lambda m: ResidualDownBlock(2, 3, first=True, downsample=False, spectral=False), x(2, 2, 3, 3))


# MARK: Reference models (names are matched one to one by ReferenceModelTests.swift)


def model(name, module, inputs, description, warmup=0):
    """A training-mode step (output, gradients, buffers after) plus `eval.output`
    from the saved state in evaluation mode."""
    m = Maker(name)
    warm_up(module, lambda mod, i: mod(i["input"]), inputs, warmup)
    state = {k: v.detach().clone() for k, v in module.state_dict().items()}
    module = module.double()
    with torch.no_grad():
        eval_output = module.eval()(inputs["input"].double())
    results = differentiate(module, inputs, lambda mod, i: mod(i["input"]), "train", m)
    results["eval.output"] = eval_output
    write(MODELS, name, tensors_of(state, inputs, results), "train", description)


def model_cases(peer):
    source = peer or sys.modules[__name__]

    name = "dcgan28_generator"
    torch.manual_seed(seed_of(name))
    G, _, zdim, _, _ = source.dcgan28()
    randomize(G, Maker(name + ".bn"))
    model(name, G, {"input": Maker(name + ".input").normal(4, zdim)}, "torch_peer.dcgan28()[0]")

    name = "dcgan28_discriminator"
    torch.manual_seed(seed_of(name))
    _, D, _, shape, _ = source.dcgan28()
    randomize(D, Maker(name + ".bn"))
    model(name, D, {"input": Maker(name + ".input").uniform(4, *shape, low=-1, high=1)}, "torch_peer.dcgan28()[1]")

    name = "sngan32_discriminator_c32"
    torch.manual_seed(seed_of(name))
    model(name, source.SNDiscriminator(c=32), {"input": Maker(name + ".input").uniform(2, 3, 32, 32, low=-1, high=1)},
          "torch_peer.SNDiscriminator(c=32), u and v after 5 power iterations", warmup=5)

    name = "sngan32_gblock_c32"
    torch.manual_seed(seed_of(name))
    block = source.GBlock(32)
    randomize(block, Maker(name + ".bn"))
    model(name, block, {"input": Maker(name + ".input").normal(2, 32, 4, 4)}, "torch_peer.GBlock(32)")

    name = "self_attention_c32"
    torch.manual_seed(seed_of(name))
    block = SelfAttention(32)
    with torch.no_grad():
        block.gamma.fill_(0.5)
    model(name, block, {"input": Maker(name + ".input").normal(2, 32, 6, 6)}, "SelfAttention(32) (SAGAN), gamma 0.5")


def check_copies(peer):
    """The copies in this file build the same networks as torch_peer.py."""
    for make, shape in ((lambda s: s.dcgan28()[0], (2, 100)), (lambda s: s.dcgan28()[1], (2, 1, 28, 28)),
                        (lambda s: s.GBlock(8), (2, 8, 4, 4)), (lambda s: s.SNDiscriminator(c=8), (2, 3, 32, 32))):
        torch.manual_seed(0)
        ours = make(sys.modules[__name__])
        torch.manual_seed(0)
        theirs = make(peer)
        a, b = ours.state_dict(), theirs.state_dict()
        assert list(a) == list(b), "the copies here differ from torch_peer.py; update them"
        assert all(torch.equal(a[k], b[k]) for k in a), "the copies here differ from torch_peer.py; update them"
        torch.manual_seed(1)
        probe = torch.randn(shape)
        assert torch.equal(ours.eval()(probe), theirs.eval()(probe)), "the copies here differ from torch_peer.py"


def main():
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    for directory in (LAYERS, MODELS):
        directory.mkdir(parents=True, exist_ok=True)
        for old in directory.glob("*.safetensors"):
            old.unlink()
    layer_cases()
    peer, path = find_torch_peer()
    if peer is not None:
        check_copies(peer)
        print(f"reference models from {path}")
    else:
        print("torch_peer.py not found: using the verbatim copies in this script")
    model_cases(peer)
    for directory, limit in ((LAYERS, MAX_LAYER_BYTES), (MODELS, MAX_MODEL_BYTES)):
        total = sum(p.stat().st_size for p in directory.glob("*.safetensors"))
        print(f"{directory.relative_to(ROOT)}: {len(WRITTEN[directory])} files, {total} bytes")
        assert total < limit, f"{directory} holds {total} bytes, more than {limit}"


if __name__ == "__main__":
    main()
