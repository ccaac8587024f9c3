"""The deterministic pseudo-random stream the fixture scripts and the Swift
tests share: SplitMix64 seeded by the FNV-1a hash of a key."""
import numpy as np

GOLDEN, MIX1, MIX2 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)


def fnv1a(text):
    value = 0xCBF29CE484222325
    for byte in text.encode():
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return np.uint64(value)


def uniform(key, count):
    """SplitMix64 seeded by the FNV-1a hash of key: count values in [0, 1) as float64."""
    with np.errstate(over="ignore"):
        z = fnv1a(key) + np.arange(1, count + 1, dtype=np.uint64) * GOLDEN
        z = (z ^ (z >> np.uint64(30))) * MIX1
        z = (z ^ (z >> np.uint64(27))) * MIX2
        z = z ^ (z >> np.uint64(31))
    return (z >> np.uint64(11)).astype(np.float64) * 2.0 ** -53
