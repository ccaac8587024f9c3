"""Writes the reference values the metric tests compare against.

Every value is computed here independently of SwiftGAN, in float64 with
NumPy, SciPy and scikit-image, from float32 inputs that are stored in the
fixture, so the Swift side reads exactly the same numbers:

- Fréchet distance two ways: the pytorch-fid recipe (scipy.linalg.sqrtm of
  the covariance product, an identity offset of 1e-6 when that is not
  finite, the imaginary part dropped) and the eigenvalues of the product.
- KID's unbiased MMD with the cubic polynomial kernel on whole sets.
- Inception Score with splits (std over splits with ddof 0).
- Improved precision/recall (k=3) and density/coverage (k=5), with strict
  inequalities as in the prdc package.
- PSNR and SSIM from scikit-image (Gaussian window, sigma 1.5, population
  covariance: the settings of Wang et al.).

Run from the repository root: python scripts/make_metric_fixtures.py
"""
import json
import os

import numpy as np
import scipy.linalg
from skimage.metrics import peak_signal_noise_ratio, structural_similarity

OUT = "Tests/SwiftGANMetricsTests/Fixtures"
rng = np.random.default_rng(2026)


def f32(a):
    return np.asarray(a, dtype=np.float32)


def flat(a):
    return {"shape": list(a.shape), "values": [float(v) for v in a.astype(np.float32).ravel()]}


def gaussian(n, d, shift, scale):
    mixing = rng.normal(size=(d, d)) * scale / np.sqrt(d)
    return f32(rng.normal(size=(n, d)) @ mixing + shift)


def statistics(x):
    x = x.astype(np.float64)
    return x.mean(axis=0), np.cov(x, rowvar=False)


def fid_sqrtm(a, b):
    (m1, s1), (m2, s2) = statistics(a), statistics(b)
    root = scipy.linalg.sqrtm(s1.dot(s2))
    if not np.isfinite(root).all():
        offset = np.eye(s1.shape[0]) * 1e-6
        root = scipy.linalg.sqrtm((s1 + offset).dot(s2 + offset))
    root = np.real(root)
    return float(((m1 - m2) ** 2).sum() + np.trace(s1) + np.trace(s2) - 2 * np.trace(root))


def fid_eigenvalues(a, b):
    (m1, s1), (m2, s2) = statistics(a), statistics(b)
    values = np.linalg.eigvals(s1 @ s2)
    root_trace = np.sqrt(np.clip(values.real, 0, None)).sum()
    return float(((m1 - m2) ** 2).sum() + np.trace(s1) + np.trace(s2) - 2 * root_trace)


def fid_cases():
    cases = []
    for name, n, d, singular in [("well_conditioned_8d", 300, 8, False), ("well_conditioned_24d", 96, 24, False),
                                 ("singular_20d_from_12", 12, 20, True)]:
        a = gaussian(n, d, 0.0, 1.0)
        b = gaussian(n, d, 0.3, 1.5)
        cases.append({"name": name, "a": flat(a), "b": flat(b), "sqrtm": fid_sqrtm(a, b),
                      "eigenvalues": fid_eigenvalues(a, b), "singular": singular})
    return cases


def mmd_unbiased(x, y):
    x, y = x.astype(np.float64), y.astype(np.float64)
    d = x.shape[1]
    kernel = lambda p, q: (p @ q.T / d + 1) ** 3
    kxx, kyy, kxy = kernel(x, x), kernel(y, y), kernel(x, y)
    m, n = len(x), len(y)
    return float((kxx.sum() - np.trace(kxx)) / (m * (m - 1)) + (kyy.sum() - np.trace(kyy)) / (n * (n - 1)) - 2 * kxy.mean())


def inception_score(probabilities, splits):
    p = probabilities.astype(np.float64)
    scores = []
    for part in np.array_split(p, splits):
        marginal = part.mean(axis=0, keepdims=True)
        kl = (part * (np.log(part) - np.log(marginal))).sum(axis=1).mean()
        scores.append(np.exp(kl))
    return float(np.mean(scores)), float(np.std(scores))


def kth_radius(x, k):
    distances = np.sqrt(((x[:, None, :] - x[None, :, :]) ** 2).sum(-1))
    return np.sort(distances, axis=1)[:, k]


def manifold(real, fake, k_pr, k_dc):
    real, fake = real.astype(np.float64), fake.astype(np.float64)
    between = np.sqrt(((real[:, None, :] - fake[None, :, :]) ** 2).sum(-1))
    real_pr, fake_pr, real_dc = kth_radius(real, k_pr), kth_radius(fake, k_pr), kth_radius(real, k_dc)
    return {
        "precision": float((between < real_pr[:, None]).any(axis=0).mean()),
        "recall": float((between < fake_pr[None, :]).any(axis=1).mean()),
        "density": float((between < real_dc[:, None]).sum(axis=0).mean() / k_dc),
        "coverage": float((between.min(axis=1) < real_dc).mean()),
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    kid_x, kid_y = gaussian(40, 6, 0.0, 1.0), gaussian(50, 6, 0.2, 1.2)
    logits = rng.normal(size=(100, 10)) * 3
    probabilities = f32(np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True))
    probabilities = probabilities / probabilities.astype(np.float64).sum(axis=1, keepdims=True)
    probabilities = f32(probabilities)
    real, fake = gaussian(200, 5, 0.0, 1.0), gaussian(150, 5, 0.5, 1.3)
    images_a = f32(rng.uniform(size=(2, 3, 24, 20)))
    images_b = f32(np.clip(images_a + rng.normal(scale=0.1, size=images_a.shape), 0, 1))
    fixture = {
        "frechet": fid_cases(),
        "kid": {"x": flat(kid_x), "y": flat(kid_y), "mmd": mmd_unbiased(kid_x, kid_y)},
        "inception_score": {"probabilities": flat(probabilities),
                            "splits": {str(s): inception_score(probabilities, s) for s in (1, 10)}},
        "manifold": {"real": flat(real), "fake": flat(fake), "k_precision_recall": 3, "k_density_coverage": 5,
                     **manifold(real, fake, 3, 5)},
        "image_quality": {
            "a": flat(images_a), "b": flat(images_b), "data_range": 1.0,
            "psnr": [float(peak_signal_noise_ratio(x.astype(np.float64), y.astype(np.float64), data_range=1.0))
                     for x, y in zip(images_a, images_b)],
            "ssim": [float(structural_similarity(x.astype(np.float64), y.astype(np.float64), channel_axis=0,
                                                 gaussian_weights=True, sigma=1.5, use_sample_covariance=False,
                                                 data_range=1.0)) for x, y in zip(images_a, images_b)],
        },
    }
    with open(f"{OUT}/metrics.json", "w") as f:
        json.dump(fixture, f)
    mu, sigma = statistics(gaussian(64, 4, 0.1, 1.0))
    np.savez(f"{OUT}/reference_statistics.npz", mu=mu, sigma=sigma)


if __name__ == "__main__":
    main()
