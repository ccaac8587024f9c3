"""Writes the reference values the colorization tests compare against.

Computed here with NumPy from the papers' definitions, independently of the
Swift code:
- CIE L*a*b* of sRGB under D65 (scikit-image's `rgb2lab` constants);
- the ab cells of grid 10 that the sRGB gamut reaches (probed on a 65-level
  grid per channel), Zhang et al.'s class rebalancing weights (prior smoothed
  by a Gaussian of sigma 5 over the cell centers, mixed half and half with
  the uniform distribution, inverted, normalized so their expectation under
  the smoothed prior is 1), soft encoding over the 5 nearest cells (Gaussian,
  sigma 5), and the rebalanced cross-entropy of random logits;
- PSNR on 8-bit RGB, the raw accuracy AuC of ab distances over the integer
  thresholds 0...150, and Hasler and Suesstrunk's colorfulness.

Run from the repository root: python scripts/make_colorization_fixtures.py
"""
import json

import numpy as np

METRICS_OUT = "Tests/SwiftGANMetricsTests/Fixtures/colorization.json"
LOSS_OUT = "Tests/SwiftGANZooTests/Fixtures/colorization_loss.json"
rng = np.random.default_rng(23)

M = np.array([[0.412453, 0.357580, 0.180423], [0.212671, 0.715160, 0.072169], [0.019334, 0.119193, 0.950227]])
WHITE = np.array([0.95047, 1.0, 1.08883])


def lab(rgb):
    """rgb [..., 3] in [0, 1] to L*a*b* [..., 3]."""
    linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    t = linear @ M.T / WHITE
    f = np.where(t > 0.008856, np.cbrt(t), 7.787 * t + 16 / 116)
    return np.stack([116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], -1)


def round_half_away(x):
    return np.sign(x) * np.floor(np.abs(x) + 0.5)


def cells():
    levels = np.linspace(0, 1, 65)
    r, g, b = np.meshgrid(levels, levels, levels, indexing="ij")
    ab = lab(np.stack([r, g, b], -1).reshape(-1, 3))[:, 1:]
    reached = set(zip(round_half_away(ab[:, 0] / 10).astype(int), round_half_away(ab[:, 1] / 10).astype(int)))
    return np.array(sorted(reached), dtype=np.float64) * 10


def weights(counts, centers):
    p = counts / counts.sum()
    d2 = ((centers[:, None, :] - centers[None, :, :]) ** 2).sum(-1)
    smoothed = (np.exp(-d2 / (2 * 5.0 ** 2)) * p[None, :]).sum(1)
    smoothed /= smoothed.sum()
    raw = 1 / (0.5 * smoothed + 0.5 / len(centers))
    return raw / (smoothed * raw).sum()


def rebalanced_loss(logits, ab, centers, w):
    """logits [Q, P], ab [P, 2]: the mean over pixels of -w(nearest) sum_q z_q log softmax_q."""
    log_softmax = logits - logits.max(0) - np.log(np.exp(logits - logits.max(0)).sum(0))
    total = 0.0
    for p in range(ab.shape[0]):
        d2 = ((centers - ab[p]) ** 2).sum(-1)
        nearest = np.argsort(d2, kind="stable")[:5]
        z = np.exp(-d2[nearest] / (2 * 5.0 ** 2))
        z /= z.sum()
        total -= w[nearest[0]] * (z * log_softmax[nearest, p]).sum()
    return total / ab.shape[0]


def quantized(x):
    return np.round(np.clip(x, 0, 1) * 255) / 255


def auc(images, references):
    a, b = lab(quantized(images).transpose(0, 2, 3, 1)), lab(quantized(references).transpose(0, 2, 3, 1))
    out = []
    for i in range(images.shape[0]):
        d = np.sqrt(((a[i, ..., 1:] - b[i, ..., 1:]) ** 2).sum(-1)).ravel()
        out.append(float(np.mean([(d <= t).mean() for t in range(151)])))
    return out


def colorfulness(images):
    q = quantized(images) * 255
    out = []
    for i in range(images.shape[0]):
        r, g, b = q[i, 0].ravel(), q[i, 1].ravel(), q[i, 2].ravel()
        rg, yb = r - g, (r + g) / 2 - b
        out.append(float(np.sqrt(rg.var() + yb.var()) + 0.3 * np.sqrt(rg.mean() ** 2 + yb.mean() ** 2)))
    return out


def psnr(images, references):
    a, b = quantized(images), quantized(references)
    return [float(10 * np.log10(1 / ((a[i] - b[i]) ** 2).mean())) for i in range(images.shape[0])]


references = rng.uniform(0, 1, size=(2, 3, 10, 12)).astype(np.float32)
images = np.clip(references + rng.normal(0, 0.1, size=references.shape), 0, 1).astype(np.float32)
metrics = {
    "shape": list(images.shape),
    "images": [float(v) for v in images.ravel()], "references": [float(v) for v in references.ravel()],
    "lab": [float(v) for v in lab(references.astype(np.float64).transpose(0, 2, 3, 1)).transpose(0, 3, 1, 2).ravel()],
    "psnr": psnr(images, references), "ab_accuracy_auc": auc(images, references), "colorfulness": colorfulness(images),
}
with open(METRICS_OUT, "w") as f:
    json.dump(metrics, f)

centers = cells()
counts = rng.integers(0, 50, size=len(centers)).astype(np.float64) * (rng.uniform(size=len(centers)) < 0.3)
w = weights(counts, centers)
pixels = rng.uniform(0, 1, size=(6, 3))
ab = lab(pixels)[:, 1:]
logits = rng.normal(0, 2, size=(len(centers), 6))
loss = {
    "centers": [float(v) for v in centers.ravel()], "counts": [float(v) for v in counts], "weights": [float(v) for v in w],
    "ab": [float(v) for v in ab.T.ravel()], "logits": [float(v) for v in logits.ravel()],
    "loss": float(rebalanced_loss(logits, ab, centers, w)),
}
with open(LOSS_OUT, "w") as f:
    json.dump(loss, f)
print("wrote", METRICS_OUT, "and", LOSS_OUT, "with", len(centers), "ab cells")
