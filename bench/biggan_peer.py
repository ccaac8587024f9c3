"""The PyTorch mirror of the `colored_mnist32_biggan` preset's training step
(the `biggan32` case of `bench/style_peer.py`): the BigGAN family's networks
at width 32 (hierarchical z of 4 chunks, shared class embedding of 64,
conditional BatchNorm from linear maps of the embedding and chunk,
self-attention at 16x16 in both players, spectral norm everywhere,
orthogonal initialization, SNGAN's residual critic with a projection head),
the hinge loss, orthogonal regularization of G (1e-4), TTUR Adam (G 1e-4,
D 4e-4, betas 0 and 0.999), and the generator's moving average, on batches of 64.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

SN = nn.utils.spectral_norm
BATCH, WIDTH, LATENT, EMBED, CLASSES = 64, 32, 128, 64, 10


def conv(i, o, k):
    layer = nn.Conv2d(i, o, k, padding=k // 2)
    nn.init.orthogonal_(layer.weight)
    return SN(layer)


def linear(i, o, bias=True):
    layer = nn.Linear(i, o, bias=bias)
    nn.init.orthogonal_(layer.weight)
    return SN(layer)


class Attention(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.q, self.k, self.v = SN(nn.Conv2d(c, c // 8, 1)), SN(nn.Conv2d(c, c // 8, 1)), SN(nn.Conv2d(c, c, 1))
        self.gamma = nn.Parameter(torch.zeros(1))

    def forward(self, x):
        n, c, h, w = x.shape
        q, k, v = self.q(x).flatten(2), self.k(x).flatten(2), self.v(x).flatten(2)
        attention = torch.softmax(q.transpose(1, 2) @ k, -1)
        return (v @ attention.transpose(1, 2)).view(n, c, h, w) * self.gamma + x


class CBN(nn.Module):
    def __init__(self, c, cond):
        super().__init__()
        self.bn = nn.BatchNorm2d(c, affine=False)
        self.gain, self.bias = SN(nn.Linear(cond, c)), SN(nn.Linear(cond, c))

    def forward(self, x, y):
        return self.bn(x) * (1 + self.gain(y)[:, :, None, None]) + self.bias(y)[:, :, None, None]


class GBlock(nn.Module):
    def __init__(self, c, cond):
        super().__init__()
        self.bn1, self.bn2 = CBN(c, cond), CBN(c, cond)
        self.c1, self.c2, self.sc = SN(nn.Conv2d(c, c, 3, padding=1)), SN(nn.Conv2d(c, c, 3, padding=1)), SN(nn.Conv2d(c, c, 1))

    def forward(self, x, y):
        h = F.interpolate(F.relu(self.bn1(x, y)), scale_factor=2)
        h = self.c2(F.relu(self.bn2(self.c1(h), y)))
        return h + self.sc(F.interpolate(x, scale_factor=2))


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.chunk = LATENT // 4
        self.shared = nn.Embedding(CLASSES, EMBED)
        self.linear = linear(self.chunk, 16 * WIDTH)
        self.blocks = nn.ModuleList([GBlock(WIDTH, EMBED + self.chunk) for _ in range(3)])
        self.attention = Attention(WIDTH)
        self.bn = nn.BatchNorm2d(WIDTH)
        self.out = conv(WIDTH, 3, 3)

    def forward(self, z, labels):
        chunks = z.split(self.chunk, 1)
        e = self.shared(labels)
        h = self.linear(chunks[0]).view(-1, WIDTH, 4, 4)
        for i, block in enumerate(self.blocks):
            h = block(h, torch.cat([e, chunks[i + 1]], 1))
            if i == 1:
                h = self.attention(h)
        return torch.tanh(self.out(F.relu(self.bn(h))))


class DBlock(nn.Module):
    def __init__(self, i, o, first, down):
        super().__init__()
        self.c1, self.c2, self.sc = conv(i, o, 3), conv(o, o, 3), conv(i, o, 1)
        self.first, self.down = first, down

    def forward(self, x):
        h = self.c2(F.relu(self.c1(x if self.first else F.relu(x))))
        if self.down:
            h = F.avg_pool2d(h, 2)
        if self.first:
            return h + self.sc(F.avg_pool2d(x, 2) if self.down else x)
        s = self.sc(x)
        return h + (F.avg_pool2d(s, 2) if self.down else s)


class Discriminator(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.ModuleList([DBlock(3, WIDTH, True, True), DBlock(WIDTH, WIDTH, False, True),
                                     DBlock(WIDTH, WIDTH, False, False), DBlock(WIDTH, WIDTH, False, False)])
        self.attention = Attention(WIDTH)
        self.linear, self.projection = linear(WIDTH, 1), linear(CLASSES, WIDTH, bias=False)

    def forward(self, x, labels):
        h = x
        for i, block in enumerate(self.blocks):
            h = block(h)
            if i == 0:
                h = self.attention(h)
        h = F.relu(h).sum([2, 3])
        return self.linear(h) + (self.projection(F.one_hot(labels, CLASSES).float()) * h).sum(1, keepdim=True)


def orthogonal_penalty(g):
    total = 0
    for name, p in g.named_parameters():
        if p.dim() >= 2 and not name.startswith("shared"):
            m = p.reshape(p.shape[0], -1)
            gram = m @ m.t()
            total = total + (gram * (1 - torch.eye(m.shape[0]))).square().sum()
    return total


def biggan32():
    torch.manual_seed(0)
    g, d = Generator(), Discriminator()
    g_ema = Generator()
    g_ema.load_state_dict(g.state_dict())
    g_opt = torch.optim.Adam(g.parameters(), lr=1e-4, betas=(0.0, 0.999))
    d_opt = torch.optim.Adam(d.parameters(), lr=4e-4, betas=(0.0, 0.999))
    real = torch.rand(BATCH, 3, 32, 32) * 2 - 1
    real_labels = torch.randint(0, CLASSES, (BATCH,))
    beta = 0.5 ** (BATCH / 5000)

    def step():
        labels = torch.randint(0, CLASSES, (BATCH,))
        with torch.no_grad():
            fake = g(torch.randn(BATCH, LATENT), labels)
        scores = d(torch.cat([real, fake]), torch.cat([real_labels, labels]))
        loss = F.relu(1 - scores[:BATCH]).mean() + F.relu(1 + scores[BATCH:]).mean()
        d_opt.zero_grad(set_to_none=True)
        loss.backward()
        d_opt.step()
        labels = torch.randint(0, CLASSES, (BATCH,))
        loss = -d(g(torch.randn(BATCH, LATENT), labels), labels).mean() + 1e-4 * orthogonal_penalty(g)
        g_opt.zero_grad(set_to_none=True)
        loss.backward()
        g_opt.step()
        with torch.no_grad():
            for a, p in zip(g_ema.parameters(), g.parameters()):
                a.copy_(p.lerp(a, beta))

    return step
