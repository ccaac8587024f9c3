#!/usr/bin/env python3
"""The PyTorch side of the tensor-engine benchmark: the same ops, shapes and
timing rule as `swiftgan-bench engine` (warm-up of 3 calls and a fifth of the
time, then the median of five timed windows), printed as the same JSON lines.

Usage: python3 bench/engine_peer.py [--threads N] [--seconds S] [--case NAME ...]
"""
import argparse
import json

import torch
import torch.nn.functional as F

from peer_timing import median_rate

N16M = 16 * 1024 * 1024


def matmul(n):
    g = torch.Generator().manual_seed(1)
    a, b = torch.randn(n, n, generator=g), torch.randn(n, n, generator=g)
    return (lambda: torch.mm(a, b)), 2 * n ** 3, "gflop_per_s"


def conv(shape, out_channels):
    g = torch.Generator().manual_seed(2)
    x = torch.randn(*shape, generator=g).requires_grad_(True)
    w = (torch.randn(out_channels, shape[1], 4, 4, generator=g) * 0.02).requires_grad_(True)
    b = torch.zeros(out_channels).requires_grad_(True)

    def body():
        y = F.conv2d(x, w, b, stride=2, padding=1)
        torch.autograd.grad(y.sum(), [x, w, b])
    flops = 2 * shape[0] * out_channels * shape[1] * 16 * (shape[2] // 2) * (shape[3] // 2) * 3
    return body, flops, "gflop_per_s"


def conv_transpose(shape, out_channels):
    g = torch.Generator().manual_seed(3)
    x = torch.randn(*shape, generator=g).requires_grad_(True)
    w = (torch.randn(shape[1], out_channels, 4, 4, generator=g) * 0.02).requires_grad_(True)
    b = torch.zeros(out_channels).requires_grad_(True)

    def body():
        y = F.conv_transpose2d(x, w, b, stride=2, padding=1)
        torch.autograd.grad(y.sum(), [x, w, b])
    flops = 2 * shape[0] * out_channels * shape[1] * 16 * shape[2] * shape[3] * 3
    return body, flops, "gflop_per_s"


def fused():
    a, b, c = torch.rand(N16M), torch.rand(N16M), torch.rand(N16M)
    return (lambda: torch.addcmul(c, a, b)), 4 * N16M * 4, "gbyte_per_s"


def memcpy():
    a, b = torch.rand(N16M), torch.empty(N16M)
    return (lambda: b.copy_(a)), 2 * N16M * 4, "gbyte_per_s"


def mlp_gradients():
    torch.manual_seed(7)
    G = torch.nn.Sequential(torch.nn.Linear(16, 128), torch.nn.ReLU(), torch.nn.Linear(128, 128), torch.nn.ReLU(),
                            torch.nn.Linear(128, 2))
    D = torch.nn.Sequential(torch.nn.Linear(2, 128), torch.nn.LeakyReLU(0.2), torch.nn.Linear(128, 128),
                            torch.nn.LeakyReLU(0.2), torch.nn.Linear(128, 1))
    real = torch.rand(512, 2) * 2 - 1
    gp, dp = list(G.parameters()), list(D.parameters())

    def body():
        with torch.no_grad():
            fake = G(torch.randn(512, 16))
        d_loss = F.softplus(-D(real)).mean() + F.softplus(D(fake)).mean()
        torch.autograd.grad(d_loss, dp)
        g_loss = F.softplus(-D(G(torch.randn(512, 16)))).mean()
        torch.autograd.grad(g_loss, gp)
    return body, 1, "steps"


CASES = {
    "matmul_256": lambda: matmul(256),
    "matmul_1024": lambda: matmul(1024),
    "conv_d1_fwd_bwd": lambda: conv([64, 1, 28, 28], 64),
    "conv_d2_fwd_bwd": lambda: conv([64, 64, 14, 14], 128),
    "convT_g1_fwd_bwd": lambda: conv_transpose([64, 128, 7, 7], 64),
    "convT_g2_fwd_bwd": lambda: conv_transpose([64, 64, 14, 14], 1),
    "fused_multiply_add_16M": fused,
    "memcpy_16M": memcpy,
    "mlp2d_gradients": mlp_gradients,
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--case", action="append")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    for name in args.case or list(CASES):
        body, work, unit = CASES[name]()
        rate = median_rate(body, args.seconds)
        print(json.dumps({"case": name, "engine": f"torch {torch.__version__}", "threads": args.threads,
                          "steps_per_s": round(rate, 3), unit: round(rate * work / 1e9, 2)}), flush=True)


if __name__ == "__main__":
    main()
