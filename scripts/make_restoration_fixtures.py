"""Writes the reference values the restoration quality tests compare against.

PSNR and SSIM on the luma channel with a border crop, computed here with
NumPy in the way BasicSR's `calculate_psnr` and `calculate_ssim` define them
(`test_y_channel=True`): images rounded to 8 bits, converted with
`16 + 65.481 R + 128.553 G + 24.966 B` on [0, 1] values (gray images kept),
times 255, `crop_border` pixels cut from each side; PSNR `10 log10(255^2 /
MSE)`; SSIM with an 11x11 Gaussian window of sigma 1.5, C1 = (0.01 * 255)^2,
C2 = (0.03 * 255)^2, population statistics, averaged over the positions
where the window fits.

Run from the repository root: python scripts/make_restoration_fixtures.py
"""
import json

import numpy as np

OUT = "Tests/SwiftGANMetricsTests/Fixtures/restoration.json"
rng = np.random.default_rng(17)


def luma(images, crop):
    q = np.round(np.clip(images, 0, 1) * 255).astype(np.float64) / 255
    if q.shape[1] == 3:
        y = 16 + 65.481 * q[:, 0] + 128.553 * q[:, 1] + 24.966 * q[:, 2]
    else:
        y = q[:, 0] * 255
    return y[:, crop:y.shape[1] - crop, crop:y.shape[2] - crop]


def gaussian_window():
    taps = np.exp(-np.arange(-5, 6) ** 2 / (2 * 1.5 ** 2))
    taps /= taps.sum()
    return np.outer(taps, taps)


def filtered(plane, window):
    h, w = plane.shape
    out = np.zeros((h - 10, w - 10))
    for r in range(h - 10):
        for c in range(w - 10):
            out[r, c] = (plane[r:r + 11, c:c + 11] * window).sum()
    return out


def ssim(a, b):
    window = gaussian_window()
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    ma, mb = filtered(a, window), filtered(b, window)
    va = filtered(a * a, window) - ma ** 2
    vb = filtered(b * b, window) - mb ** 2
    cov = filtered(a * b, window) - ma * mb
    return float((((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma ** 2 + mb ** 2 + c1) * (va + vb + c2))).mean())


def case(channels, crop):
    reference = rng.uniform(0, 1, size=(2, channels, 22, 24)).astype(np.float32)
    images = np.clip(reference + rng.normal(0, 0.08, size=reference.shape), -0.1, 1.1).astype(np.float32)
    ya, yb = luma(images, crop), luma(reference, crop)
    psnr = [float(10 * np.log10(255.0 ** 2 / ((ya[i] - yb[i]) ** 2).mean())) for i in range(2)]
    return {
        "channels": channels, "crop_border": crop, "shape": list(images.shape),
        "images": [float(v) for v in images.ravel()], "references": [float(v) for v in reference.ravel()],
        "psnr_y": psnr, "ssim_y": [ssim(ya[i], yb[i]) for i in range(2)],
    }


with open(OUT, "w") as f:
    json.dump({"cases": [case(3, 4), case(1, 2), case(3, 0)]}, f)
print("wrote", OUT)
