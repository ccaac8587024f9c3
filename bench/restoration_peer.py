"""PyTorch mirrors of the super-resolution presets' training steps, timed as
`swiftgan-bench restoration` times its cases (warm-up, then the median rate
of five timed stretches): `edsr_x4` is `photos_x4_edsr` (EDSR's baseline: a
3x3 head of 64, 16 residual blocks of conv-ReLU-conv without BatchNorm, a
3x3 convolution under the long skip, two stages of a 3x3 convolution to 256
and a pixel shuffle by 2, a 3x3 tail to RGB; L1, Adam 2e-4 (0.9, 0.999),
batch 16 of 3x16x16 to 3x64x64), `vdsr_x4` is `photos_x4_vdsr` (bicubic x4,
then a residual of 12 3x3 convolutions of 32 with ReLU between; MSE,
gradients clipped to norm 0.4, the same Adam and batch), `esrgan_x4` is
`photos_x4_esrgan`'s adversarial step (RRDBNet of 3 blocks of 32, growth 16;
SRGAN's discriminator from 32 features with BatchNorm; the discriminator's
relativistic average loss and update, then the generator's: relativistic
loss 5e-3, L1 1e-2, and the L1 distance at conv2_2 and conv3_2 of the frozen
photo texture network (3x3 convolutions of 32, 64, 128, two per block, ReLU,
2x2 max pooling); Adam 1e-4 (0.9, 0.99) for both, batch 16), and
`edsr_x4_enhance` is one inference of `photos_x4_edsr`'s network on a
128x128 tile (a 512x512 output) without gradients, as `swiftgan enhance`
runs it. Prints one JSON line per case.

Usage: python3 bench/restoration_peer.py [--threads N] [--seconds S] [--case edsr_x4|vdsr_x4|esrgan_x4|edsr_x4_enhance]
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

from peer_timing import run_step_cases

STEPS_PER_CALL = 4


class ResBlock(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(c, c, 3, padding=1), nn.ReLU(), nn.Conv2d(c, c, 3, padding=1))

    def forward(self, x):
        return x + self.body(x)


class EDSR(nn.Module):
    def __init__(self, width=64, blocks=16, factor=4):
        super().__init__()
        self.head = nn.Conv2d(3, width, 3, padding=1)
        self.body = nn.Sequential(*[ResBlock(width) for _ in range(blocks)], nn.Conv2d(width, width, 3, padding=1))
        stages = []
        for _ in range(factor.bit_length() - 1):
            stages += [nn.Conv2d(width, 4 * width, 3, padding=1), nn.PixelShuffle(2)]
        self.tail = nn.Sequential(*stages, nn.Conv2d(width, 3, 3, padding=1))

    def forward(self, x):
        h = self.head(x)
        return self.tail(h + self.body(h))


class VDSR(nn.Module):
    def __init__(self, width=32, depth=12, factor=4):
        super().__init__()
        layers = [nn.Conv2d(3, width, 3, padding=1), nn.ReLU()]
        for _ in range(depth - 2):
            layers += [nn.Conv2d(width, width, 3, padding=1), nn.ReLU()]
        layers.append(nn.Conv2d(width, 3, 3, padding=1))
        self.body, self.factor = nn.Sequential(*layers), factor

    def forward(self, x):
        up = F.interpolate(x, scale_factor=self.factor, mode="bicubic", align_corners=False)
        return up + self.body(up)


class DenseBlock(nn.Module):
    def __init__(self, width, growth):
        super().__init__()
        self.convs = nn.ModuleList([nn.Conv2d(width + i * growth, width if i == 4 else growth, 3, padding=1) for i in range(5)])

    def forward(self, x):
        features = [x]
        for i, conv in enumerate(self.convs):
            out = conv(torch.cat(features, 1))
            if i == 4:
                return x + out * 0.2
            features.append(F.leaky_relu(out, 0.2))


class RRDB(nn.Module):
    def __init__(self, width, growth):
        super().__init__()
        self.blocks = nn.Sequential(*[DenseBlock(width, growth) for _ in range(3)])

    def forward(self, x):
        return x + 0.2 * self.blocks(x)


class RRDBNet(nn.Module):
    def __init__(self, width=32, growth=16, blocks=3, factor=4):
        super().__init__()
        self.head = nn.Conv2d(3, width, 3, padding=1)
        self.body = nn.Sequential(*[RRDB(width, growth) for _ in range(blocks)], nn.Conv2d(width, width, 3, padding=1))
        up = []
        for _ in range(factor.bit_length() - 1):
            up += [nn.Upsample(scale_factor=2, mode="nearest"), nn.Conv2d(width, width, 3, padding=1), nn.LeakyReLU(0.2)]
        self.tail = nn.Sequential(*up, nn.Conv2d(width, width, 3, padding=1), nn.LeakyReLU(0.2), nn.Conv2d(width, 3, 3, padding=1))

    def forward(self, x):
        h = self.head(x)
        return self.tail(h + self.body(h))


def srgan_discriminator(width=32, side=64):
    layers, channels, size = [], 3, side
    for i in range(8):
        out, stride = width << (i // 2), 2 if i % 2 == 1 else 1
        layers.append(nn.Conv2d(channels, out, 3, stride=stride, padding=1))
        if i > 0:
            layers.append(nn.BatchNorm2d(out))
        layers.append(nn.LeakyReLU(0.2))
        channels, size = out, (size + stride - 1) // stride
    return nn.Sequential(*layers, nn.Flatten(), nn.Linear(channels * size * size, 16 * width), nn.LeakyReLU(0.2), nn.Linear(16 * width, 1))


class TextureFeatures(nn.Module):
    """The photo texture network's convolutions; returns conv2_2 and conv3_2 (before ReLU), running to pool3 as the port does."""

    def __init__(self):
        super().__init__()
        widths, convs, channels = [32, 64, 128], [], 3
        for w in widths:
            convs += [nn.Conv2d(channels, w, 3, padding=1), nn.Conv2d(w, w, 3, padding=1)]
            channels = w
        self.convs = nn.ModuleList(convs)
        for p in self.parameters():
            p.requires_grad_(False)

    def forward(self, x):
        h, found = x * 2 - 1, {}
        for block in range(3):
            for i in range(2):
                h = self.convs[2 * block + i](h)
                found[f"conv{block + 1}_{i + 1}"] = h
                h = F.relu(h)
            h = F.max_pool2d(h, 2)
        return found["conv2_2"], found["conv3_2"]


def relativistic(a, b):
    """The relativistic average loss with `a` the side meant to look real."""
    return F.softplus(-(a - b.mean())).mean() + F.softplus(b - a.mean()).mean()


def esrgan_case(batch=16):
    torch.manual_seed(0)
    generator, discriminator, features = RRDBNet(), srgan_discriminator(), TextureFeatures()
    opt_g = torch.optim.Adam(generator.parameters(), lr=1e-4, betas=(0.9, 0.99))
    opt_d = torch.optim.Adam(discriminator.parameters(), lr=1e-4, betas=(0.9, 0.99))
    low, high = torch.rand(batch, 3, 16, 16) * 2 - 1, torch.rand(batch, 3, 64, 64) * 2 - 1

    def step():
        fake = generator(low)
        d_loss = relativistic(discriminator(high), discriminator(fake.detach()))
        opt_d.zero_grad(set_to_none=True)
        d_loss.backward()
        opt_d.step()
        adversarial = relativistic(discriminator(fake), discriminator(high).detach())
        with torch.no_grad():
            real_features = features(high * 0.5 + 0.5)
        fake_features = features(fake * 0.5 + 0.5)
        perceptual = sum(F.l1_loss(f, r) for f, r in zip(fake_features, real_features))
        g_loss = adversarial * 5e-3 + perceptual + F.l1_loss(fake, high) * 1e-2
        opt_g.zero_grad(set_to_none=True)
        g_loss.backward()
        opt_g.step()

    return step


def enhance_case():
    torch.manual_seed(0)
    network = EDSR().eval()
    tile = torch.rand(1, 3, 128, 128) * 2 - 1

    def infer():
        with torch.no_grad():
            network(tile)

    return infer


def case(network, loss, clip=None, batch=16):
    def make():
        torch.manual_seed(0)
        net = network()
        opt = torch.optim.Adam(net.parameters(), lr=2e-4, betas=(0.9, 0.999))
        low, high = torch.rand(batch, 3, 16, 16) * 2 - 1, torch.rand(batch, 3, 64, 64) * 2 - 1

        def step():
            value = loss(net(low), high)
            opt.zero_grad(set_to_none=True)
            value.backward()
            if clip is not None:
                torch.nn.utils.clip_grad_norm_(net.parameters(), clip)
            opt.step()

        return step
    return make


CASES = {
    "edsr_x4": case(EDSR, F.l1_loss), "vdsr_x4": case(VDSR, F.mse_loss, clip=0.4),
    "esrgan_x4": esrgan_case, "edsr_x4_enhance": enhance_case,
}


if __name__ == "__main__":
    run_step_cases(CASES, STEPS_PER_CALL)
