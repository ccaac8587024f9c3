"""LPIPS (Zhang et al. 2018) in PyTorch, written from the paper and the
layout of torchvision's backbones, for the conversion script and the port's
fixtures: `features` as torchvision numbers its layers (VGG16 or AlexNet),
LPIPS's scaling of [-1, 1] inputs, channel-unit normalization, and 1x1 heads
without bias named `linK.model.1.weight` as in LPIPS's v0.1 weight files."""
import torch
import torch.nn as nn

SHIFT = torch.tensor([-0.030, -0.088, -0.188]).view(1, 3, 1, 1)
SCALE = torch.tensor([0.458, 0.448, 0.450]).view(1, 3, 1, 1)


def vgg16_features():
    layers, channels, taps = [], 3, []
    for count, width in [(2, 64), (2, 128), (3, 256), (3, 512), (3, 512)]:
        for i in range(count):
            layers += [nn.Conv2d(channels, width, 3, padding=1), nn.ReLU()]
            channels = width
            if i == count - 1:
                taps.append(len(layers) - 1)
        layers.append(nn.MaxPool2d(2, 2))
    return nn.Sequential(*layers[:-1]), taps, [64, 128, 256, 512, 512]


def alexnet_features():
    layers = [
        nn.Conv2d(3, 64, 11, stride=4, padding=2), nn.ReLU(), nn.MaxPool2d(3, 2),
        nn.Conv2d(64, 192, 5, padding=2), nn.ReLU(), nn.MaxPool2d(3, 2),
        nn.Conv2d(192, 384, 3, padding=1), nn.ReLU(),
        nn.Conv2d(384, 256, 3, padding=1), nn.ReLU(),
        nn.Conv2d(256, 256, 3, padding=1), nn.ReLU(),
    ]
    return nn.Sequential(*layers), [1, 4, 7, 9, 11], [64, 192, 384, 256, 256]


class Head(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.model = nn.Sequential(nn.Dropout(), nn.Conv2d(channels, 1, 1, bias=False))


class LPIPS(nn.Module):
    def __init__(self, net):
        super().__init__()
        self.features, self.taps, channels = vgg16_features() if net == "vgg" else alexnet_features()
        for k, c in enumerate(channels):
            setattr(self, f"lin{k}", Head(c))
        self.count = len(channels)

    def activations(self, x):
        h, found = (x - SHIFT.to(x.dtype)) / SCALE.to(x.dtype), []
        for index, layer in enumerate(self.features):
            h = layer(h)
            if index in self.taps:
                found.append(h)
        return found

    def forward(self, x, y):
        total = 0
        for k, (a, b) in enumerate(zip(self.activations(x), self.activations(y))):
            a = a / (a.pow(2).sum(1, keepdim=True).sqrt() + 1e-10)
            b = b / (b.pow(2).sum(1, keepdim=True).sqrt() + 1e-10)
            head = getattr(self, f"lin{k}").model[1]
            total = total + head((a - b) ** 2).mean(dim=(1, 2, 3))
        return total
