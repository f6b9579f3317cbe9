"""The PulmoPet.Deep benchmark's networks and operations in PyTorch, for a side-by-side ratio.

The modules mirror src/PulmoPet.Deep layer for layer: nnU-Net-style residual U-Net (3x3x3 convolutions
without bias, instance norm with affine, leaky ReLU 0.01, strided convolutions down, 2x2x2 transposed
convolutions up, skip concatenation), the residual lesion classifier, soft Dice + cross-entropy, Adam, and
sliding-window inference with a Gaussian importance map (sigma = patch / 8). Prints one line per operation:
key|input|median wall ms|CPU ms per run|peak RSS MB, timed as PulmoPet.Deep.Bench does (one warm-up run).
Usage: python3 pytorch_bench.py RUNS THREADS
"""
import math
import resource
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
torch.set_num_threads(int(sys.argv[2]) if len(sys.argv) > 2 else torch.get_num_threads())
torch.manual_seed(1)


class ResidualBlock(nn.Module):
    def __init__(self, cin, cout, stride=1):
        super().__init__()
        self.conv1 = nn.Conv3d(cin, cout, 3, stride=stride, padding=1, bias=False)
        self.norm1 = nn.InstanceNorm3d(cout, affine=True)
        self.conv2 = nn.Conv3d(cout, cout, 3, padding=1, bias=False)
        self.norm2 = nn.InstanceNorm3d(cout, affine=True)
        self.shortcut = None
        if cin != cout or stride != 1:
            self.shortcut = nn.Sequential(nn.Conv3d(cin, cout, 1, stride=stride, bias=False), nn.InstanceNorm3d(cout, affine=True))

    def forward(self, x):
        residual = self.norm2(self.conv2(F.leaky_relu(self.norm1(self.conv1(x)), 0.01)))
        shortcut = x if self.shortcut is None else self.shortcut(x)
        return F.leaky_relu(residual + shortcut, 0.01)


class UNet(nn.Module):
    def __init__(self, cin=2, classes=2, base=8, depth=3, max_channels=128):
        super().__init__()
        ch = [min(base << level, max_channels) for level in range(depth + 1)]
        self.depth = depth
        self.encoder = nn.ModuleList([ResidualBlock(cin, ch[0])] + [ResidualBlock(ch[l - 1], ch[l], 2) for l in range(1, depth + 1)])
        self.up = nn.ModuleList([nn.ConvTranspose3d(ch[l + 1], ch[l], 2, stride=2, bias=False) for l in range(depth - 1, -1, -1)])
        self.decoder = nn.ModuleList([ResidualBlock(2 * ch[l], ch[l]) for l in range(depth - 1, -1, -1)])
        self.head = nn.Conv3d(ch[0], classes, 1)

    def forward(self, x):
        skips = []
        for block in self.encoder:
            x = block(x)
            skips.append(x)
        for i, (up, block) in enumerate(zip(self.up, self.decoder)):
            x = block(torch.cat([up(x), skips[self.depth - 1 - i]], 1))
        return self.head(x)


class ResidualClassifier(nn.Module):
    def __init__(self, cin=2, classes=4, base=8, stages=3, dropout=0.25):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv3d(cin, base, 3, padding=1, bias=False), nn.InstanceNorm3d(base, affine=True), nn.LeakyReLU(0.01))
        self.stages = nn.Sequential(*[ResidualBlock(base << max(0, s - 1), base << s, 1 if s == 0 else 2) for s in range(stages)])
        self.dropout = nn.Dropout(dropout)
        self.linear = nn.Linear(base << (stages - 1), classes)

    def forward(self, x):
        return self.linear(self.dropout(self.stages(self.stem(x)).mean((2, 3, 4))))


def dice_ce(logits, target, smooth=1e-5):
    probabilities = F.softmax(logits, 1)
    one_hot = F.one_hot(target, logits.shape[1]).permute(0, 4, 1, 2, 3).float()
    reduce = (0, 2, 3, 4)
    dice = (2 * (probabilities * one_hot).sum(reduce) + smooth) / (probabilities.sum(reduce) + one_hot.sum(reduce) + smooth)
    return F.cross_entropy(logits, target) + (1 - dice[1:].mean())


def gaussian(patch):
    result = None
    for size in patch:
        centre, sigma = (size - 1) / 2, size / 8
        axis = torch.tensor([math.exp(-(i - centre) ** 2 / (2 * sigma * sigma)) for i in range(size)])
        result = axis if result is None else result.unsqueeze(-1) * axis
    return result.clamp_min(result[result > 0].min())


def starts(n, p, overlap):
    if n <= p:
        return [0]
    count = math.ceil((n - p) / (p * (1 - overlap))) + 1
    return [round(i * (n - p) / (count - 1)) for i in range(count)]


@torch.no_grad()
def sliding_window(model, image, patch=(32, 32, 32), overlap=0.5, batch=2):
    spatial = image.shape[1:]
    pad = []
    for a in reversed(range(3)):
        pad += [0, max(0, patch[a] - spatial[a])]
    padded = F.pad(image, pad)
    size = padded.shape[1:]
    weights = gaussian(patch)
    windows = [(z, y, x) for z in starts(size[0], patch[0], overlap) for y in starts(size[1], patch[1], overlap) for x in starts(size[2], patch[2], overlap)]
    total, weight_sum = None, torch.zeros(size)
    for first in range(0, len(windows), batch):
        chunk = windows[first:first + batch]
        inputs = torch.stack([padded[:, z:z + patch[0], y:y + patch[1], x:x + patch[2]] for z, y, x in chunk])
        probabilities = F.softmax(model(inputs), 1)
        if total is None:
            total = torch.zeros((probabilities.shape[1],) + tuple(size))
        for b, (z, y, x) in enumerate(chunk):
            total[:, z:z + patch[0], y:y + patch[1], x:x + patch[2]] += probabilities[b] * weights
            weight_sum[z:z + patch[0], y:y + patch[1], x:x + patch[2]] += weights
    return (total / weight_sum)[:, :spatial[0], :spatial[1], :spatial[2]]


def measure(operation, shape, action):
    action()
    cpu_before = time.process_time()
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    cpu = (time.process_time() - cpu_before) * 1000 / RUNS
    times.sort()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{operation}|{shape}|{times[len(times) // 2]:.0f}|{cpu:.0f}|{peak:.0f}", flush=True)


def conv():
    layer = nn.Conv3d(2, 16, 3, padding=1)
    layer(torch.randn(1, 2, 64, 64, 64)).sum().backward()


unet = UNet()
adam = torch.optim.Adam(unet.parameters(), 1e-4, betas=(0.9, 0.999))


def train_step():
    unet.train()
    adam.zero_grad()
    image = torch.randn(2, 2, 32, 32, 32)
    labels = (torch.rand(2, 32, 32, 32) > 0.9).long()
    dice_ce(unet(image), labels).backward()
    adam.step()


classifier = ResidualClassifier().eval()


@torch.no_grad()
def classify():
    classifier(torch.randn(8, 2, 32, 32, 32))


print(f"# PyTorch {torch.__version__}, {torch.get_num_threads()} threads, {RUNS} runs (median)", flush=True)
measure("conv3d", "[1, 2, 64, 64, 64]", conv)
measure("unet-step", "batch 2 × [2, 32, 32, 32]", train_step)
unet.eval()
measure("sliding-window", "[2, 48, 64, 80]", lambda: sliding_window(unet, torch.randn(2, 48, 64, 80)))
measure("whole-volume", "[2, 80, 73, 90]", lambda: sliding_window(unet, torch.randn(2, 80, 73, 90)))
print(f"# PyTorch parameters: U-Net {sum(p.numel() for p in unet.parameters())}, classifier {sum(p.numel() for p in classifier.parameters())}", flush=True)
measure("classifier", "batch 8 × [2, 32, 32, 32]", classify)
