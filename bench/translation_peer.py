"""PyTorch mirrors of the translation presets' training steps, timed as
`swiftgan-bench translation` times its cases (warm-up, then the median rate
of five timed stretches): `pix2pix64` is `scenes_pix2pix` (U-Net of depth 6
and width 32, 3-layer PatchGAN of width 32 on the concatenated pair,
instance norm, BCE + 100 L1, Adam 2e-4 (0.5, 0.999), batch 16 of 3x64x64),
`cyclegan64` is `scenes_cyclegan` (ResNet generators of 6 blocks and width
16 with reflection padding, 3-layer PatchGANs of width 32, instance norm,
least squares, cycle weights 10, identity 0.5, image pools of 50, batch 4).
Prints one JSON line per case.

Usage: python3 bench/translation_peer.py [--threads N] [--seconds S] [--case pix2pix64|cyclegan64]
"""
import random

import torch
import torch.nn as nn
import torch.nn.functional as F

from peer_timing import run_step_cases

STEPS_PER_CALL = 4


def unet(in_channels, out_channels, width, depth):
    channels = [width * min(2 ** i, 8) for i in range(depth)]
    down, up = nn.ModuleList(), nn.ModuleList()
    for i in range(depth):
        layers = [nn.LeakyReLU(0.2)] if i > 0 else []
        layers.append(nn.Conv2d(in_channels if i == 0 else channels[i - 1], channels[i], 4, 2, 1))
        if 0 < i < depth - 1:
            layers.append(nn.InstanceNorm2d(channels[i]))
        down.append(nn.Sequential(*layers))
    for i in range(depth):
        inputs = channels[i] if i == depth - 1 else 2 * channels[i]
        outputs = out_channels if i == 0 else channels[i - 1]
        last = nn.Tanh() if i == 0 else nn.InstanceNorm2d(outputs)
        up.append(nn.Sequential(nn.ReLU(), nn.ConvTranspose2d(inputs, outputs, 4, 2, 1), last))

    class UNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.down, self.up = down, up

        def forward(self, x):
            skips = []
            for stage in self.down:
                x = stage(x)
                skips.append(x)
            for i in reversed(range(depth)):
                x = self.up[i](x if i == depth - 1 else torch.cat([skips[i], x], 1))
            return x

    return UNet()


def patch_gan(in_channels, width, layers=3):
    widths = [width * min(2 ** i, 8) for i in range(layers + 1)]
    stack = [nn.Conv2d(in_channels, widths[0], 4, 2, 1), nn.LeakyReLU(0.2)]
    for i in range(1, layers):
        stack += [nn.Conv2d(widths[i - 1], widths[i], 4, 2, 1), nn.InstanceNorm2d(widths[i]), nn.LeakyReLU(0.2)]
    stack += [nn.Conv2d(widths[layers - 1], widths[layers], 4, 1, 1), nn.InstanceNorm2d(widths[layers]), nn.LeakyReLU(0.2)]
    stack.append(nn.Conv2d(widths[layers], 1, 4, 1, 1))
    return nn.Sequential(*stack)


class ResBlock(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(c, c, 3, padding=1, padding_mode="reflect"), nn.InstanceNorm2d(c), nn.ReLU(),
                                  nn.Conv2d(c, c, 3, padding=1, padding_mode="reflect"), nn.InstanceNorm2d(c))

    def forward(self, x):
        return x + self.body(x)


def resnet(in_channels, out_channels, width, blocks):
    w = width
    return nn.Sequential(
        nn.Conv2d(in_channels, w, 7, padding=3, padding_mode="reflect"), nn.InstanceNorm2d(w), nn.ReLU(),
        nn.Conv2d(w, 2 * w, 3, 2, 1), nn.InstanceNorm2d(2 * w), nn.ReLU(),
        nn.Conv2d(2 * w, 4 * w, 3, 2, 1), nn.InstanceNorm2d(4 * w), nn.ReLU(),
        *[ResBlock(4 * w) for _ in range(blocks)],
        nn.ConvTranspose2d(4 * w, 2 * w, 3, 2, 1, output_padding=1), nn.InstanceNorm2d(2 * w), nn.ReLU(),
        nn.ConvTranspose2d(2 * w, w, 3, 2, 1, output_padding=1), nn.InstanceNorm2d(w), nn.ReLU(),
        nn.Conv2d(w, out_channels, 7, padding=3, padding_mode="reflect"), nn.Tanh())


def adam(*modules):
    return torch.optim.Adam([p for m in modules for p in m.parameters()], lr=2e-4, betas=(0.5, 0.999))


def pix2pix64(batch=16):
    torch.manual_seed(0)
    g, d = unet(3, 3, 32, 6), patch_gan(6, 32)
    g_opt, d_opt = adam(g), adam(d)
    a, b = torch.rand(batch, 3, 64, 64) * 2 - 1, torch.rand(batch, 3, 64, 64) * 2 - 1
    bce = nn.BCEWithLogitsLoss()

    def step():
        fake = g(a)
        real_logits, fake_logits = d(torch.cat([a, b], 1)), d(torch.cat([a, fake.detach()], 1))
        loss = 0.5 * (bce(real_logits, torch.ones_like(real_logits)) + bce(fake_logits, torch.zeros_like(fake_logits)))
        d_opt.zero_grad(set_to_none=True)
        loss.backward()
        d_opt.step()
        logits = d(torch.cat([a, fake], 1))
        loss = bce(logits, torch.ones_like(logits)) + 100 * F.l1_loss(fake, b)
        g_opt.zero_grad(set_to_none=True)
        loss.backward()
        g_opt.step()

    return step


class Pool:
    def __init__(self, size=50):
        self.size, self.images = size, []

    def query(self, batch):
        out = []
        for image in batch.detach():
            if len(self.images) < self.size:
                self.images.append(image)
                out.append(image)
            elif random.random() < 0.5:
                slot = random.randrange(self.size)
                out.append(self.images[slot])
                self.images[slot] = image
            else:
                out.append(image)
        return torch.stack(out)


def cyclegan64(batch=4):
    torch.manual_seed(0)
    g_ab, g_ba = resnet(3, 3, 16, 6), resnet(3, 3, 16, 6)
    d_a, d_b = patch_gan(3, 32), patch_gan(3, 32)
    g_opt, d_opt = adam(g_ab, g_ba), adam(d_a, d_b)
    pool_a, pool_b = Pool(), Pool()
    a, b = torch.rand(batch, 3, 64, 64) * 2 - 1, torch.rand(batch, 3, 64, 64) * 2 - 1

    def step():
        for p in list(d_a.parameters()) + list(d_b.parameters()):
            p.requires_grad_(False)
        fake_b, fake_a = g_ab(a), g_ba(b)
        loss = ((d_b(fake_b) - 1) ** 2).mean() + ((d_a(fake_a) - 1) ** 2).mean()
        loss = loss + 10 * F.l1_loss(g_ba(fake_b), a) + 10 * F.l1_loss(g_ab(fake_a), b)
        loss = loss + 0.5 * (10 * F.l1_loss(g_ab(b), b) + 10 * F.l1_loss(g_ba(a), a))
        g_opt.zero_grad(set_to_none=True)
        loss.backward()
        g_opt.step()
        for p in list(d_a.parameters()) + list(d_b.parameters()):
            p.requires_grad_(True)
        pooled_a, pooled_b = pool_a.query(fake_a), pool_b.query(fake_b)
        loss = 0.5 * (((d_a(a) - 1) ** 2).mean() + (d_a(pooled_a) ** 2).mean())
        loss = loss + 0.5 * (((d_b(b) - 1) ** 2).mean() + (d_b(pooled_b) ** 2).mean())
        d_opt.zero_grad(set_to_none=True)
        loss.backward()
        d_opt.step()

    return step


CASES = {"pix2pix64": pix2pix64, "cyclegan64": cyclegan64}


if __name__ == "__main__":
    run_step_cases(CASES, STEPS_PER_CALL)
