"""PyTorch mirrors of the super-resolution presets' training steps, timed as
`swiftgan-bench restoration` times its cases (warm-up, then the median rate
of five timed stretches): `edsr_x4` is `photos_x4_edsr` (EDSR's baseline: a
3x3 head of 64, 16 residual blocks of conv-ReLU-conv without BatchNorm, a
3x3 convolution under the long skip, two stages of a 3x3 convolution to 256
and a pixel shuffle by 2, a 3x3 tail to RGB; L1, Adam 2e-4 (0.9, 0.999),
batch 16 of 3x16x16 to 3x64x64), `vdsr_x4` is `photos_x4_vdsr` (bicubic x4,
then a residual of 12 3x3 convolutions of 32 with ReLU between; MSE,
gradients clipped to norm 0.4, the same Adam and batch). Prints one JSON
line per case.

Usage: python3 bench/restoration_peer.py [--threads N] [--seconds S] [--case edsr_x4|vdsr_x4]
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


CASES = {"edsr_x4": case(EDSR, F.l1_loss), "vdsr_x4": case(VDSR, F.mse_loss, clip=0.4)}


if __name__ == "__main__":
    run_step_cases(CASES, STEPS_PER_CALL)
