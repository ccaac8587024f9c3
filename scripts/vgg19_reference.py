"""torchvision's VGG19 feature layers rebuilt in plain PyTorch, with the same
indices in `features` (`features.0` is conv1_1, `features.4` pool1, ...), for
the port check and the weight conversion without torchvision installed."""
import torch.nn as nn

BLOCKS = [(2, 64), (2, 128), (4, 256), (4, 512), (4, 512)]


class VGG19Features(nn.Module):
    """`features` as torchvision's vgg19 holds it, so state-dict keys read `features.N.weight`."""

    def __init__(self):
        super().__init__()
        layers, channels = [], 3
        for count, width in BLOCKS:
            for _ in range(count):
                layers += [nn.Conv2d(channels, width, 3, padding=1), nn.ReLU(inplace=False)]
                channels = width
            layers.append(nn.MaxPool2d(2, 2))
        self.features = nn.Sequential(*layers)


def layer_names():
    names = []
    for b, (count, _) in enumerate(BLOCKS):
        for i in range(count):
            names += [f"conv{b + 1}_{i + 1}", f"relu{b + 1}_{i + 1}"]
        names.append(f"pool{b + 1}")
    return names
