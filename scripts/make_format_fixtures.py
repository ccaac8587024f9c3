#!/usr/bin/env python3
"""Prints the expected values that Tests/SwiftGANDataTests embeds for the data formats.

- The bundled MNIST test set, read with gzip and numpy: label counts, the first
  labels, a few pixels and pixel sums (BundledMNISTTests).
- Tiny NPY and NPZ files written by numpy, as base64 (NPYNumpyFixtureTests,
  NPZNumpyFixtureTests), covering format versions 1.0/2.0/3.0, both byte
  orders, Fortran order, the dtypes f2 f4 f8 u1 i2 i8 b1, and np.savez /
  np.savez_compressed.

Usage: python3 scripts/make_format_fixtures.py  (needs numpy)
"""
import base64
import gzip
import io
import pathlib

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent
MNIST = ROOT / "Sources/SwiftGANData/Resources/mnist"


def mnist():
    images = np.frombuffer(gzip.open(MNIST / "t10k-images-idx3-ubyte.gz").read(), np.uint8, offset=16).reshape(-1, 28, 28)
    labels = np.frombuffer(gzip.open(MNIST / "t10k-labels-idx1-ubyte.gz").read(), np.uint8, offset=8)
    print("// MNIST test set")
    print("label counts:", " ".join(map(str, np.bincount(labels))))
    print("first labels:", labels[:10].tolist())
    print("image 0, row 7, columns 7-11:", images[0, 7, 7:12].tolist())
    print("pixel sums: image 0", int(images[0].sum()), "image 9999", int(images[9999].sum()), "all", int(images.sum()))


def npy(array, version=None):
    buffer = io.BytesIO()
    if version is None:
        np.save(buffer, array)
    else:
        np.lib.format.write_array(buffer, array, version=version)
    return buffer.getvalue()


def npz(compressed, **arrays):
    buffer = io.BytesIO()
    (np.savez_compressed if compressed else np.savez)(buffer, **arrays)
    return buffer.getvalue()


def literal(name, data):
    print(f'    static let {name} = "{base64.b64encode(data).decode()}"')


def files():
    grid = np.array([[0, 1.5, -2], [3.25, 100, -0.5]])
    print("// NPY files written by numpy", np.__version__)
    literal("float32", npy(grid.astype("<f4")))
    literal("float64BigEndian", npy(grid.astype(">f8")))
    literal("int16Fortran", npy(np.asfortranarray(np.arange(6).reshape(2, 3).astype("<i2"))))
    literal("uint8Cube", npy(np.arange(8, dtype=np.uint8).reshape(2, 2, 2)))
    literal("bool", npy(np.array([True, False, True])))
    literal("int64", npy(np.array([-3, 0, 7, 2**40], dtype="<i8")))
    literal("float16", npy(np.array([0.5, -65504, 1e-7], dtype="<f2")))
    literal("scalar", npy(np.float32(2.5)))
    literal("version2", npy(grid.astype("<f4"), version=(2, 0)))
    literal("version3", npy(grid.astype("<f4"), version=(3, 0)))
    print("// NPZ archives written by numpy")
    literal("savez", npz(False, images=np.arange(12, dtype=np.float32).reshape(3, 4), labels=np.array([1, 0, 2])))
    literal("savezCompressed", npz(True, images=np.arange(12, dtype=np.float32).reshape(3, 4), labels=np.array([1, 0, 2])))


if __name__ == "__main__":
    mnist()
    files()
