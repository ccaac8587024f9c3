#!/usr/bin/env python3
"""The PyTorch side of the Level 2 training-step benchmark: the networks,
losses and phase schedule of the `mnist32_stylegan2` and `mnist32_r3gan`
presets (and `colored_mnist32_biggan`, from `biggan_peer.py`), mirrored layer by layer, timed as `swiftgan-bench train` times its
cases (warm-up of 3 calls and a fifth of the time, then the median of five
windows). One call is 16 training steps, a whole cycle of StyleGAN2's lazy
phases (R1 every 16 steps, path length every 4), so every window sees them
at their intervals. Prints one JSON line per case.

Usage: python3 bench/style_peer.py [--threads N] [--seconds S] [--case stylegan2_32|r3gan_32|biggan32]
"""
import copy
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

from biggan_peer import biggan32
from peer_timing import run_step_cases

BATCH = 32
STEPS_PER_CALL = 16
FIR = torch.tensor([1.0, 3.0, 3.0, 1.0])
FIR2D = torch.outer(FIR, FIR) / 64


def fir_upsample(x):
    c = x.shape[1]
    return F.conv_transpose2d(x, (FIR2D * 4).expand(c, 1, 4, 4), stride=2, padding=1, groups=c)


def fir_downsample(x):
    c = x.shape[1]
    return F.conv2d(x, FIR2D.expand(c, 1, 4, 4), stride=2, padding=1, groups=c)


def fir_blur(x, padding):
    c = x.shape[1]
    return F.conv2d(x, FIR2D.expand(c, 1, 4, 4), padding=padding, groups=c)


def style_act(x):
    return F.leaky_relu(x, 0.2) * math.sqrt(2)


class EqLinear(nn.Module):
    def __init__(self, i, o, bias_init=0.0, lr_mul=1.0):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(o, i) / lr_mul)
        self.bias = nn.Parameter(torch.full([o], bias_init / lr_mul))
        self.scale, self.lr_mul = lr_mul / math.sqrt(i), lr_mul

    def forward(self, x):
        return F.linear(x, self.weight * self.scale, self.bias * self.lr_mul)


class EqConv(nn.Module):
    def __init__(self, i, o, k, stride=1, padding=0, bias=True):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(o, i, k, k))
        self.bias = nn.Parameter(torch.zeros(o)) if bias else None
        self.scale, self.stride, self.padding = 1 / math.sqrt(i * k * k), stride, padding

    def forward(self, x):
        return F.conv2d(x, self.weight * self.scale, self.bias, stride=self.stride, padding=self.padding)


class ModConv(nn.Module):
    def __init__(self, i, o, k, style, demodulate=True, upsample=False):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(o, i, k, k))
        self.affine = EqLinear(style, i, bias_init=1.0)
        self.i, self.o, self.k, self.demodulate, self.upsample = i, o, k, demodulate, upsample

    def forward(self, x, w):
        n = x.shape[0]
        styles = self.affine(w).reshape(n, 1, self.i, 1, 1)
        weights = self.weight.unsqueeze(0) * styles / math.sqrt(self.i * self.k * self.k)
        if self.demodulate:
            weights = weights * torch.rsqrt(weights.square().sum([2, 3, 4], keepdim=True) + 1e-8)
        batched = x.reshape(1, n * self.i, x.shape[2], x.shape[3])
        if not self.upsample:
            y = F.conv2d(batched, weights.reshape(n * self.o, self.i, self.k, self.k), padding=self.k // 2, groups=n)
            return y.reshape(n, self.o, y.shape[2], y.shape[3])
        transposed = weights.transpose(1, 2).reshape(n * self.i, self.o, self.k, self.k)
        y = F.conv_transpose2d(batched, transposed, stride=2, groups=n)
        y = y.reshape(n, self.o, y.shape[2], y.shape[3])
        return fir_blur(y * 4, (5 - self.k) // 2)


class StyleLayer(nn.Module):
    def __init__(self, i, o, style, upsample):
        super().__init__()
        self.conv = ModConv(i, o, 3, style, upsample=upsample)
        self.strength = nn.Parameter(torch.zeros(1))
        self.bias = nn.Parameter(torch.zeros(o))

    def forward(self, x, w, plane):
        y = self.conv(x, w) + plane * self.strength
        return style_act(y + self.bias.reshape(1, -1, 1, 1))


class ToRGB(nn.Module):
    def __init__(self, i, channels, style):
        super().__init__()
        self.conv = ModConv(i, channels, 1, style, demodulate=False)
        self.bias = nn.Parameter(torch.zeros(channels))

    def forward(self, x, w):
        return self.conv(x, w) + self.bias.reshape(1, -1, 1, 1)


class StyleGenerator(nn.Module):
    def __init__(self, widths=(64, 64, 32, 32), latent=128, style=128, mapping=8, channels=1):
        super().__init__()
        self.mapping = nn.ModuleList([EqLinear(latent if k == 0 else style, style, lr_mul=0.01) for k in range(mapping)])
        self.const = nn.Parameter(torch.randn(widths[0], 4, 4))
        layers = [StyleLayer(widths[0], widths[0], style, False)]
        rgbs = [ToRGB(widths[0], channels, style)]
        for s in range(1, len(widths)):
            layers += [StyleLayer(widths[s - 1], widths[s], style, True), StyleLayer(widths[s], widths[s], style, False)]
            rgbs.append(ToRGB(widths[s], channels, style))
        self.layers, self.rgbs, self.stages = nn.ModuleList(layers), nn.ModuleList(rgbs), len(widths)
        self.num_ws, self.latent = 2 * len(widths), latent

    def styles(self, z):
        x = z * torch.rsqrt(z.square().mean(1, keepdim=True) + 1e-8)
        for layer in self.mapping:
            x = style_act(layer(x))
        return x.unsqueeze(1).expand(-1, self.num_ws, -1)

    def synthesis(self, ws):
        n = ws.shape[0]
        sides = [4] + [4 << s for s in range(1, self.stages) for _ in range(2)]
        planes = [torch.randn(n, 1, side, side) for side in sides]
        x = self.layers[0](self.const.unsqueeze(0).expand(n, -1, -1, -1), ws[:, 0], planes[0])
        img = self.rgbs[0](x, ws[:, 1])
        for s in range(1, self.stages):
            x = self.layers[2 * s - 1](x, ws[:, 2 * s - 1], planes[2 * s - 1])
            x = self.layers[2 * s](x, ws[:, 2 * s], planes[2 * s])
            img = fir_upsample(img) + self.rgbs[s](x, ws[:, 2 * s + 1])
        return img

    def training_styles(self, n):
        ws = self.styles(torch.randn(n, self.latent))
        other = torch.randn(n, self.latent)
        if torch.rand([]).item() < 0.9:
            cutoff = int(torch.randint(1, self.num_ws, []))
            ws = torch.cat([ws[:, :cutoff], self.styles(other)[:, cutoff:]], 1)
        return ws


class DBlock(nn.Module):
    def __init__(self, i, o):
        super().__init__()
        self.first, self.down, self.skip = EqConv(i, i, 3, padding=1), EqConv(i, o, 3, stride=2), EqConv(i, o, 1, bias=False)

    def forward(self, x):
        h = style_act(self.down(fir_blur(style_act(self.first(x)), 2)))
        return (h + self.skip(fir_downsample(x))) / math.sqrt(2)


class StyleDiscriminator(nn.Module):
    def __init__(self, widths=(32, 32, 64, 64), channels=1, group=32):
        super().__init__()
        self.group = group
        self.input = EqConv(channels, widths[0], 1)
        self.blocks = nn.ModuleList([DBlock(a, b) for a, b in zip(widths, widths[1:])])
        last = widths[-1]
        self.conv, self.dense, self.out = EqConv(last + 1, last, 3, padding=1), EqLinear(last * 16, last), EqLinear(last, 1)

    def forward(self, x):
        h = style_act(self.input(x))
        for block in self.blocks:
            h = block(h)
        n, c, hh, ww = h.shape
        g = min(self.group, n)
        y = h.reshape(g, n // g, 1, c, hh, ww)
        y = (y - y.mean(0)).square().mean(0).add(1e-8).sqrt().mean([2, 3, 4]).reshape(1, n // g, 1, 1, 1)
        y = y.expand(g, -1, -1, hh, ww).reshape(n, 1, hh, ww)
        h = style_act(self.conv(torch.cat([h, y], 1)))
        return self.out(style_act(self.dense(h.flatten(1))))


def ema_update(average, model, images_seen, batch, kimg=10.0, rampup=0.05):
    half_life = min(kimg * 1000, images_seen * rampup)
    beta = 0.5 ** (batch / max(half_life, 1e-8))
    with torch.no_grad():
        for a, p in zip(average.parameters(), model.parameters()):
            a.copy_(p.lerp(a, beta))


def stylegan2_32():
    torch.manual_seed(0)
    g, d = StyleGenerator(mapping=2), StyleDiscriminator()
    g_ema = copy.deepcopy(g)
    g_ratio, d_ratio = 4 / 5, 16 / 17
    g_opt = torch.optim.Adam(g.parameters(), lr=0.0025 * g_ratio, betas=(0.0, 0.99 ** g_ratio))
    d_opt = torch.optim.Adam(d.parameters(), lr=0.0025 * d_ratio, betas=(0.0, 0.99 ** d_ratio))
    real = torch.rand(BATCH, 1, 32, 32) * 2 - 1
    state = {"step": 0, "images": 0, "pl_mean": 0.0}

    def update(opt, loss):
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()

    def g_updated():
        state["images"] += BATCH
        ema_update(g_ema, g, state["images"], BATCH)

    def step():
        with torch.no_grad():
            fake = g.synthesis(g.training_styles(BATCH))
        update(d_opt, F.softplus(d(fake)).mean() + F.softplus(-d(real)).mean())
        if state["step"] % 16 == 0:
            x = real.detach().requires_grad_(True)
            grad, = torch.autograd.grad(d(x).sum(), [x], create_graph=True)
            update(d_opt, grad.square().sum([1, 2, 3]).mean() * (1.0 / 2) * 16)
        update(g_opt, F.softplus(-d(g.synthesis(g.training_styles(BATCH)))).mean())
        g_updated()
        if state["step"] % 4 == 0:
            ws = g.training_styles(BATCH // 2)
            images = g.synthesis(ws)
            noise = torch.randn_like(images) / math.sqrt(images.shape[2] * images.shape[3])
            grad, = torch.autograd.grad((images * noise).sum(), [ws], create_graph=True)
            lengths = grad.square().sum(2).mean(1).add(1e-12).sqrt()
            state["pl_mean"] += (lengths.mean().item() - state["pl_mean"]) * 0.01
            update(g_opt, (lengths - state["pl_mean"]).square().mean() * 2 * 4)
        state["step"] += 1

    return step


class R3Block(nn.Module):
    def __init__(self, width, blocks, expansion=2, group=16):
        super().__init__()
        inner = width * expansion
        gain = math.sqrt(2 / (1 + 0.2 ** 2)) * blocks ** -0.25
        self.expand = nn.Conv2d(width, inner, 1, bias=False)
        self.grouped = nn.Conv2d(inner, inner, 3, padding=1, groups=inner // group, bias=False)
        self.project = nn.Conv2d(inner, width, 1, bias=False)
        nn.init.normal_(self.expand.weight, 0, gain / math.sqrt(width))
        nn.init.normal_(self.grouped.weight, 0, gain / math.sqrt(group * 9))
        nn.init.zeros_(self.project.weight)
        self.b1, self.b2 = nn.Parameter(torch.zeros(inner)), nn.Parameter(torch.zeros(inner))

    def forward(self, x):
        h = F.leaky_relu(self.expand(x) + self.b1.reshape(1, -1, 1, 1), 0.2)
        return x + self.project(F.leaky_relu(self.grouped(h) + self.b2.reshape(1, -1, 1, 1), 0.2))


class R3Generator(nn.Module):
    def __init__(self, widths=(64, 64, 32, 32), latent=64, channels=1):
        super().__init__()
        total = len(widths)
        self.input = nn.Linear(latent, widths[0], bias=False)
        self.basis = nn.Parameter(torch.randn(widths[0], 4, 4))
        self.transitions = nn.ModuleList([nn.Conv2d(a, b, 1, bias=False) for a, b in zip(widths, widths[1:]) if a != b])
        self.blocks = nn.ModuleList([R3Block(w, total) for w in widths])
        self.output = nn.Conv2d(widths[-1], channels, 1, bias=False)
        self.widths, self.latent = widths, latent

    def forward(self, z):
        x = self.input(z).reshape(z.shape[0], -1, 1, 1) * self.basis.unsqueeze(0)
        transitions = iter(self.transitions)
        for s, block in enumerate(self.blocks):
            if s > 0:
                if self.widths[s] != self.widths[s - 1]:
                    x = next(transitions)(x)
                x = fir_upsample(x)
            x = block(x)
        return self.output(x)


class R3Discriminator(nn.Module):
    def __init__(self, widths=(32, 32, 64, 64), channels=1):
        super().__init__()
        self.input = nn.Conv2d(channels, widths[0], 1, bias=False)
        self.blocks = nn.ModuleList([R3Block(w, len(widths)) for w in widths])
        self.transitions = nn.ModuleList([nn.Conv2d(a, b, 1, bias=False) for a, b in zip(widths, widths[1:]) if a != b])
        self.basis = nn.Conv2d(widths[-1], widths[-1], 4, groups=widths[-1], bias=False)
        self.output = nn.Linear(widths[-1], 1, bias=False)
        self.widths = widths

    def forward(self, x):
        h = self.input(x)
        transitions = iter(self.transitions)
        for s, block in enumerate(self.blocks):
            h = block(h)
            if s < len(self.blocks) - 1:
                h = fir_downsample(h)
                if self.widths[s] != self.widths[s + 1]:
                    h = next(transitions)(h)
        return self.output(self.basis(h).flatten(1))


def r3gan_32(steps=5000):
    torch.manual_seed(0)
    g, d = R3Generator(), R3Discriminator()
    g_ema = copy.deepcopy(g)
    g_opt = torch.optim.Adam(g.parameters(), lr=2e-3, betas=(0.0, 0.99))
    d_opt = torch.optim.Adam(d.parameters(), lr=2e-3, betas=(0.0, 0.99))
    real = torch.rand(BATCH, 1, 32, 32) * 2 - 1
    state = {"step": 0, "images": 0}

    def cosine(start, end):
        return end + (start - end) * (1 + math.cos(math.pi * min(1, state["step"] / steps))) / 2

    def step():
        for opt in (g_opt, d_opt):
            for group in opt.param_groups:
                group["lr"] = cosine(2e-3, 2e-4)
        gamma = 0.1
        with torch.no_grad():
            fake = g(torch.randn(BATCH, g.latent))
        x, y = real.detach().requires_grad_(True), fake.requires_grad_(True)
        scores = d(torch.cat([x, y]))
        real_scores, fake_scores = scores[:BATCH], scores[BATCH:]
        r1, r2 = torch.autograd.grad(real_scores.sum() + fake_scores.sum(), [x, y], create_graph=True)
        penalty = r1.square().sum([1, 2, 3]).mean() + r2.square().sum([1, 2, 3]).mean()
        loss = F.softplus(fake_scores - real_scores).mean() + penalty * (gamma / 2)
        d_opt.zero_grad(set_to_none=True)
        loss.backward()
        d_opt.step()
        scores = d(torch.cat([real, g(torch.randn(BATCH, g.latent))]))
        g_opt.zero_grad(set_to_none=True)
        F.softplus(scores[:BATCH] - scores[BATCH:]).mean().backward()
        g_opt.step()
        state["images"] += BATCH
        beta = 0.5 ** (BATCH / max(cosine(0, 20) * 1000, 1e-8))
        with torch.no_grad():
            for a, p in zip(g_ema.parameters(), g.parameters()):
                a.copy_(p.lerp(a, beta))
        state["step"] += 1

    return step


CASES = {"stylegan2_32": stylegan2_32, "r3gan_32": r3gan_32, "biggan32": biggan32}


if __name__ == "__main__":
    run_step_cases(CASES, STEPS_PER_CALL)
