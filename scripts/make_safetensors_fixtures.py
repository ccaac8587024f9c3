"""Write the safetensors fixtures that SafetensorsFixtureTests reads back.

Run from the repository root with a Python that has numpy, torch and
safetensors (``pip install safetensors``)::

    python scripts/make_safetensors_fixtures.py

It writes three small files into ``Tests/SwiftGANNNTests/Fixtures/safetensors/``
with the reference implementation, so the Swift reader is checked against
files it did not write itself:

* ``numpy_mixed.safetensors`` (``safetensors.numpy``): one tensor of every
  NumPy-supported dtype the Swift reader converts (F64, F32, F16, I64, I32,
  I16, I8, U8, U16, U32, U64, BOOL) with metadata;
* ``torch_mixed.safetensors`` (``safetensors.torch``): BF16 and F16 values that
  round (1/3, subnormals, infinities, NaN), a scalar and an empty tensor;
* ``metadata_only.safetensors``: no tensors, only metadata.

The values are literals, repeated in the Swift test, so regenerating the
fixtures gives the same tensors (the reference writer keeps metadata in a hash
map, so the order of the metadata keys in the header may differ).
"""

from pathlib import Path

import numpy as np
import torch
from safetensors.numpy import save_file as save_numpy
from safetensors.torch import save_file as save_torch

OUT = Path(__file__).resolve().parent.parent / "Tests" / "SwiftGANNNTests" / "Fixtures" / "safetensors"


def numpy_mixed():
    tensors = {
        "f64": np.array([[0.1, -2.5], [1e300, 5e-324]], dtype=np.float64),
        "f32": np.array([1.5, -0.0, 1e-45, 3.4028235e38, 0.1], dtype=np.float32),
        "f16": np.array([1 / 3, 65504.0, 6e-08, -2.0], dtype=np.float16),
        "i64": np.array([-(2**40), 7, 2**53], dtype=np.int64),
        "i32": np.array([[-2147483648, 2147483647, 0]], dtype=np.int32),
        "i16": np.array([-32768, 32767], dtype=np.int16),
        "i8": np.array([-128, 127, -1], dtype=np.int8),
        "u8": np.array([0, 255, 17], dtype=np.uint8),
        "u16": np.array([65535, 1], dtype=np.uint16),
        "u32": np.array([4294967295, 3], dtype=np.uint32),
        "u64": np.array([18446744073709551615, 9], dtype=np.uint64),
        "bool": np.array([[True, False], [False, True]]),
    }
    save_numpy(tensors, OUT / "numpy_mixed.safetensors", metadata={"format": "np", "note": "ünïcode \"quoted\""})


def torch_mixed():
    values = [1 / 3, 1e-40, -3.0e38, float("inf"), float("-inf"), float("nan"), 1.0 + 2**-8, 65520.0]
    tensors = {
        "bf16": torch.tensor(values, dtype=torch.float32).to(torch.bfloat16),
        "f16": torch.tensor(values, dtype=torch.float32).to(torch.float16),
        "scalar": torch.tensor(2.5, dtype=torch.float32),
        "empty": torch.zeros((0, 3), dtype=torch.float32),
        "layer.0.weight": torch.arange(6, dtype=torch.float32).reshape(2, 3) / 4,
    }
    save_torch(tensors, str(OUT / "torch_mixed.safetensors"), metadata={"format": "pt"})


def metadata_only():
    save_numpy({}, OUT / "metadata_only.safetensors", metadata={"step": "42"})


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    numpy_mixed()
    torch_mixed()
    metadata_only()
    for path in sorted(OUT.glob("*.safetensors")):
        print(path.name, path.stat().st_size, "bytes")
