#!/usr/bin/env python3
"""Write the PyTorch reference values of the zoo's loss terms and heads into
``Tests/SwiftGANZooTests/Fixtures/losses.json``, so that ``swift test`` needs
no Python:

* ``projection``: the projection discriminator's score
  ``linear(h) + <embed(y), h>`` (Miyato & Koyama) for given features,
  labels, linear weight and bias, and class embedding;
* ``orthogonal``: BigGAN's orthogonal regularization
  ``sum_W ||W W^T * (1 - I)||_F^2`` (each weight flattened to
  ``[outputs, -1]``) of a convolution and a linear weight, and its gradients;
* ``rotation``: a batch cut into quarters, quarter k turned by
  ``torch.rot90(x, k, (2, 3))``, and the cross-entropy of given rotation logits;
* ``correlation``: O-GAN's term, minus the mean over samples of the Pearson
  correlation between z and its encoding, and its gradient with respect to
  the encoding;
* ``joint``: the BiGAN/ALI joint discriminator scores for given image
  features, latent features and layer weights (see ``joint_score``).

Values are computed in float64 from seeded inputs. Run with a Python that
has torch: ``python3 scripts/make_zoo_loss_fixtures.py``.
"""

import json
from pathlib import Path

import torch
import torch.nn.functional as F

OUT = Path(__file__).resolve().parent.parent / "Tests/SwiftGANZooTests/Fixtures/losses.json"


def rows(t):
    return {"shape": list(t.shape), "values": [float(v) for v in t.detach().reshape(-1).tolist()]}


def projection(g):
    h = torch.randn(4, 6, generator=g, dtype=torch.float64)
    labels = torch.tensor([2, 0, 1, 2])
    weight = torch.randn(1, 6, generator=g, dtype=torch.float64)
    bias = torch.randn(1, generator=g, dtype=torch.float64)
    embed = torch.randn(3, 6, generator=g, dtype=torch.float64)
    score = F.linear(h, weight, bias) + (embed[labels] * h).sum(1, keepdim=True)
    return {"h": rows(h), "labels": labels.tolist(), "weight": rows(weight), "bias": rows(bias), "embed": rows(embed), "score": rows(score)}


def orthogonal(g):
    conv = torch.randn(4, 3, 2, 2, generator=g, dtype=torch.float64, requires_grad=True)
    linear = torch.randn(5, 3, generator=g, dtype=torch.float64, requires_grad=True)
    total = 0
    for w in (conv, linear):
        m = w.reshape(w.shape[0], -1)
        gram = m @ m.t()
        total = total + ((gram * (1 - torch.eye(m.shape[0], dtype=torch.float64))) ** 2).sum()
    total.backward()
    return {"conv": rows(conv), "linear": rows(linear), "value": float(total.detach()), "grad_conv": rows(conv.grad), "grad_linear": rows(linear.grad)}


def rotation(g):
    x = torch.randn(8, 2, 3, 3, generator=g, dtype=torch.float64)
    quarters = [torch.rot90(x[2 * k:2 * k + 2], k, (2, 3)) for k in range(4)]
    rotated = torch.cat(quarters)
    labels = torch.tensor([0, 0, 1, 1, 2, 2, 3, 3])
    logits = torch.randn(8, 4, generator=g, dtype=torch.float64)
    return {"x": rows(x), "rotated": rows(rotated), "logits": rows(logits), "loss": float(F.cross_entropy(logits, labels))}


def correlation(g):
    z = torch.randn(5, 7, generator=g, dtype=torch.float64)
    e = torch.randn(5, 7, generator=g, dtype=torch.float64, requires_grad=True)
    zc = z - z.mean(1, keepdim=True)
    ec = e - e.mean(1, keepdim=True)
    rho = (zc * ec).sum(1) / (zc.norm(dim=1) * ec.norm(dim=1))
    loss = -rho.mean()
    loss.backward()
    return {"z": rows(z), "e": rows(e), "loss": float(loss.detach()), "grad_e": rows(e.grad)}


def joint(g):
    fx = torch.randn(3, 4, generator=g, dtype=torch.float64)
    fz = torch.randn(3, 5, generator=g, dtype=torch.float64)
    w1 = torch.randn(6, 9, generator=g, dtype=torch.float64)
    b1 = torch.randn(6, generator=g, dtype=torch.float64)
    w2 = torch.randn(1, 6, generator=g, dtype=torch.float64)
    b2 = torch.randn(1, generator=g, dtype=torch.float64)
    hidden = F.leaky_relu(F.linear(torch.cat([fx, fz], 1), w1, b1), 0.2)
    score = F.linear(hidden, w2, b2)
    return {"fx": rows(fx), "fz": rows(fz), "w1": rows(w1), "b1": rows(b1), "w2": rows(w2), "b2": rows(b2), "score": rows(score)}


def main():
    g = torch.Generator().manual_seed(2026)
    cases = {"projection": projection(g), "orthogonal": orthogonal(g), "rotation": rotation(g), "correlation": correlation(g), "joint": joint(g)}
    OUT.write_text(json.dumps(cases, indent=1) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
