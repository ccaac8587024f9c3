"""Trains the mnist_dcgan recipe in PyTorch and writes samples, so that
SwiftGAN's DCGAN can be compared with PyTorch's at the same number of steps.

The recipe is SwiftGAN's mnist_dcgan preset: the dcgan28 networks of the
benchmark (PyTorch's default initialization), the non-saturating loss, Adam
2e-4 with betas (0.5, 0.999) for both networks, batches of 64 from the
bundled 10,000 MNIST test digits scaled to [-1, 1], reshuffled every epoch.
After training, the generator in eval mode draws the samples, written as a
float32 NPY array [N, 1, 28, 28] in [-1, 1] for `swiftgan eval`.

Usage: python bench/dcgan_quality_peer.py --steps 5000 --seed 0 --output torch.npy
"""
import argparse
import gzip
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

MNIST = "Sources/SwiftGANData/Resources/mnist/t10k-images-idx3-ubyte.gz"


def load_mnist():
    with gzip.open(MNIST, "rb") as f:
        raw = f.read()
    images = np.frombuffer(raw, dtype=np.uint8, offset=16).reshape(-1, 1, 28, 28)
    return torch.from_numpy(images.astype(np.float32) / 127.5 - 1)


class Unflatten(nn.Module):
    def forward(self, x):
        return x.view(x.shape[0], 128, 7, 7)


def networks():
    generator = nn.Sequential(
        nn.Linear(100, 128 * 7 * 7), nn.BatchNorm1d(128 * 7 * 7), nn.ReLU(), Unflatten(),
        nn.ConvTranspose2d(128, 64, 4, 2, 1), nn.BatchNorm2d(64), nn.ReLU(),
        nn.ConvTranspose2d(64, 1, 4, 2, 1), nn.Tanh())
    discriminator = nn.Sequential(
        nn.Conv2d(1, 64, 4, 2, 1), nn.LeakyReLU(0.2),
        nn.Conv2d(64, 128, 4, 2, 1), nn.BatchNorm2d(128), nn.LeakyReLU(0.2),
        nn.Flatten(), nn.Linear(128 * 7 * 7, 1))
    return generator, discriminator


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--samples", type=int, default=10000)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--output", required=True)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    data = load_mnist()
    generator, discriminator = networks()
    g_optimizer = torch.optim.Adam(generator.parameters(), 2e-4, betas=(0.5, 0.999))
    d_optimizer = torch.optim.Adam(discriminator.parameters(), 2e-4, betas=(0.5, 0.999))
    batch, order, position = 64, torch.randperm(len(data)), 0
    start = time.time()
    for step in range(args.steps):
        if position + batch > len(data):
            order, position = torch.randperm(len(data)), 0
        real = data[order[position:position + batch]]
        position += batch
        fake = generator(torch.randn(batch, 100)).detach()
        d_loss = F.softplus(-discriminator(real)).mean() + F.softplus(discriminator(fake)).mean()
        d_optimizer.zero_grad(set_to_none=True)
        d_loss.backward()
        d_optimizer.step()
        g_loss = F.softplus(-discriminator(generator(torch.randn(batch, 100)))).mean()
        g_optimizer.zero_grad(set_to_none=True)
        g_loss.backward()
        g_optimizer.step()
        if (step + 1) % 1000 == 0:
            print(f'{{"step": {step + 1}, "seconds": {time.time() - start:.0f}, "loss_d": {d_loss.item():.4f}, "loss_g": {g_loss.item():.4f}}}', flush=True)
    generator.eval()
    with torch.no_grad():
        samples = torch.cat([generator(torch.randn(500, 100)) for _ in range(args.samples // 500)])
    np.save(args.output, samples.numpy().astype(np.float32))


if __name__ == "__main__":
    main()
