"""The FID Inception-v3 in PyTorch, for SwiftGAN's fixtures and weight
conversion: torchvision's Inception3 (1008 classes, no auxiliary head) with
the pooling of the TensorFlow graph of 2015-12-05 that pytorch-fid ports:
the average pools of Mixed_5b-d, Mixed_6b-e and Mixed_7b leave padding out
of the divisor, and Mixed_7c pools with a max. Also the deterministic
pseudo-random weights that the Swift tests rebuild bit for bit.
"""
import sys
import types

import numpy as np
import torch
import torch.nn.functional as F

# torchvision's compiled operators are not needed for the model definition;
# skipping their registration lets a torchvision built for another torch load.
sys.modules.setdefault("torchvision._meta_registrations", types.ModuleType("torchvision._meta_registrations"))
from torchvision.models.inception import Inception3  # noqa: E402

from deterministic_stream import uniform  # noqa: E402


def deterministic_value(key, shape):
    """The test weight for a state-dict entry, as float32."""
    u = uniform(key, int(np.prod(shape)))
    if key.endswith("num_batches_tracked"):
        values = np.zeros_like(u)
    elif key.endswith("conv.weight"):
        values = (2 * u - 1) * np.sqrt(6.0 / np.prod(shape[1:]))
    elif key.endswith("bn.weight"):
        values = 0.8 + 0.4 * u
    elif key.endswith("bn.bias"):
        values = 0.2 * (2 * u - 1)
    elif key.endswith("running_mean"):
        values = 0.1 * (2 * u - 1)
    elif key.endswith("running_var"):
        values = 0.5 + u
    elif key == "fc.weight":
        values = (2 * u - 1) * np.sqrt(3.0 / shape[1])
    else:
        values = 0.1 * (2 * u - 1)
    return values.reshape(shape).astype(np.float32)


def fid_block_a(self, x):
    pool = self.branch_pool(F.avg_pool2d(x, 3, stride=1, padding=1, count_include_pad=False))
    return torch.cat([self.branch1x1(x), self.branch5x5_2(self.branch5x5_1(x)),
                      self.branch3x3dbl_3(self.branch3x3dbl_2(self.branch3x3dbl_1(x))), pool], 1)


def fid_block_c(self, x):
    seven = self.branch7x7_3(self.branch7x7_2(self.branch7x7_1(x)))
    double = self.branch7x7dbl_1(x)
    for layer in (self.branch7x7dbl_2, self.branch7x7dbl_3, self.branch7x7dbl_4, self.branch7x7dbl_5):
        double = layer(double)
    pool = self.branch_pool(F.avg_pool2d(x, 3, stride=1, padding=1, count_include_pad=False))
    return torch.cat([self.branch1x1(x), seven, double, pool], 1)


def fid_block_e(max_pool):
    def forward(self, x):
        single = self.branch3x3_1(x)
        double = self.branch3x3dbl_2(self.branch3x3dbl_1(x))
        if max_pool:
            pooled = F.max_pool2d(x, 3, stride=1, padding=1)
        else:
            pooled = F.avg_pool2d(x, 3, stride=1, padding=1, count_include_pad=False)
        return torch.cat([self.branch1x1(x), self.branch3x3_2a(single), self.branch3x3_2b(single),
                          self.branch3x3dbl_3a(double), self.branch3x3dbl_3b(double), self.branch_pool(pooled)], 1)
    return forward


def fid_inception():
    model = Inception3(num_classes=1008, aux_logits=False, init_weights=False)
    for name in ("Mixed_5b", "Mixed_5c", "Mixed_5d"):
        getattr(model, name).forward = types.MethodType(fid_block_a, getattr(model, name))
    for name in ("Mixed_6b", "Mixed_6c", "Mixed_6d", "Mixed_6e"):
        getattr(model, name).forward = types.MethodType(fid_block_c, getattr(model, name))
    model.Mixed_7b.forward = types.MethodType(fid_block_e(False), model.Mixed_7b)
    model.Mixed_7c.forward = types.MethodType(fid_block_e(True), model.Mixed_7c)
    return model.eval()


def features(model, x):
    """The 2048 pooled features of x [N, 3, 299, 299] in [-1, 1]."""
    x = model.Conv2d_2b_3x3(model.Conv2d_2a_3x3(model.Conv2d_1a_3x3(x)))
    x = model.Conv2d_4a_3x3(model.Conv2d_3b_1x1(F.max_pool2d(x, 3, stride=2)))
    x = F.max_pool2d(x, 3, stride=2)
    for name in ("Mixed_5b", "Mixed_5c", "Mixed_5d", "Mixed_6a", "Mixed_6b", "Mixed_6c", "Mixed_6d", "Mixed_6e",
                 "Mixed_7a", "Mixed_7b", "Mixed_7c"):
        x = getattr(model, name)(x)
    return x.mean(dim=(2, 3))
