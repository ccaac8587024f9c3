"""Write the expected values that the SwiftGANData image tests compare with.

Run from the repository root with a Python that has NumPy and Pillow
(``pip install pillow numpy``)::

    python scripts/make_image_fixtures.py

It writes ``Tests/SwiftGANDataTests/Support/ImageFixtures.swift``: values that
PIL and NumPy compute, so the Swift decoders, conversions and resizing are
checked against the reference Python stack:

* every bundled photo's size, channel count, a few pixels and the channel
  means, as PIL decodes it (rocket.jpg also three 16x16 patches);
* small PNG files written by PIL (gray, 1-bit, gray+alpha, RGB, RGBA, 8-bit
  and 4-bit palettes, a palette with tRNS, 16-bit gray) and by this script's
  own writer where PIL cannot write them (Adam7-interlaced files, 16-bit
  gray+alpha, RGB and RGBA), each checked by reading it back with PIL, with
  the samples they hold;
* small JPEG files written by PIL (4:2:0, 4:4:4, gray, progressive, and a
  CMYK file, which the Swift decoder refuses) with PIL's decoding of them;
* PIL's ``Image.resize`` of a small random image with every filter to three
  sizes, in 8-bit ("RGB") and floating point ("F") modes, of photos, of an
  RGBA photo, and the ``Resize(32)`` + ``CenterCrop(32)`` pipeline;
* PIL's ``convert("L")`` of a colour photo.

The random inputs come from a seeded NumPy generator, so rerunning the script
gives the same file for the same Pillow version.
"""

import base64
import io
import struct
import zlib
from pathlib import Path

import numpy as np
import PIL
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
PHOTOS = ROOT / "Sources" / "SwiftGANData" / "Resources" / "photos"
OUT = ROOT / "Tests" / "SwiftGANDataTests" / "Support" / "ImageFixtures.swift"
FILTERS = {"box": Image.Resampling.BOX, "bilinear": Image.Resampling.BILINEAR,
           "bicubic": Image.Resampling.BICUBIC, "lanczos": Image.Resampling.LANCZOS}


def b64(array_or_bytes):
    data = array_or_bytes if isinstance(array_or_bytes, bytes) else np.ascontiguousarray(array_or_bytes).tobytes()
    return base64.b64encode(data).decode()


def hwc(image):
    """The image as an [H, W, C] array (16-bit gray kept as uint16)."""
    a = np.asarray(image)
    return a[:, :, None] if a.ndim == 2 else a


def png_bytes(image, **options):
    buffer = io.BytesIO()
    image.save(buffer, "PNG", **options)
    return buffer.getvalue()


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def raw_png(samples, color_type, depth, interlaced):
    """A PNG of `samples` [H, W, C] (uint8 or uint16) written without PIL, Adam7 when `interlaced`."""
    height, width, channels = samples.shape
    passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
    raw = b""
    for x0, y0, dx, dy in passes if interlaced else [(0, 0, 1, 1)]:
        sub = samples[y0::dy, x0::dx]
        if sub.shape[0] == 0 or sub.shape[1] == 0:
            continue
        dtype = ">u2" if depth == 16 else "u1"
        for row in sub:
            raw += b"\x00" + row.astype(dtype).tobytes()
    header = struct.pack(">IIBBBBB", width, height, depth, color_type, 0, 0, 1 if interlaced else 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def photos():
    entries = []
    for path in sorted(PHOTOS.iterdir()):
        image = Image.open(path)
        a = hwc(image)
        h, w, c = a.shape
        points = [(0, 0), (w - 1, h - 1), (w // 2, h // 3), (w // 3, 2 * h // 3), (17, 5)]
        values = [(x, y, [int(v) for v in a[y, x]]) for x, y in points]
        means = [float(a[:, :, k].astype(np.float64).mean()) for k in range(c)]
        entries.append((path.name, w, h, c, values, means))
    return entries


def png_files(rng):
    files = {}
    gray = rng.integers(0, 256, (7, 13), dtype=np.uint8)
    color = rng.integers(0, 256, (7, 13, 3), dtype=np.uint8)
    alpha = rng.integers(0, 256, (7, 13), dtype=np.uint8)
    made = {
        "pil_L.png": (Image.fromarray(gray, "L"), {}),
        "pil_1.png": (Image.fromarray(gray > 127).convert("1"), {}),
        "pil_LA.png": (Image.fromarray(np.dstack([gray, alpha]), "LA"), {}),
        "pil_RGB.png": (Image.fromarray(color, "RGB"), {}),
        "pil_RGBA.png": (Image.fromarray(np.dstack([color, alpha]), "RGBA"), {}),
        "pil_I16.png": (Image.fromarray(rng.integers(0, 65536, (7, 13)).astype(np.uint16)), {}),
    }
    palette = Image.fromarray(color, "RGB").quantize(colors=200, method=Image.Quantize.MEDIANCUT)
    made["pil_P8.png"] = (palette, {})
    small = Image.fromarray(color, "RGB").quantize(colors=12, method=Image.Quantize.MEDIANCUT)
    made["pil_P4.png"] = (small, {"bits": 4})
    transparent = small.copy()
    made["pil_P_tRNS.png"] = (transparent, {"transparency": bytes([0, 128, 255] + [255] * 9)})
    for name, (image, options) in made.items():
        data = png_bytes(image, **options)
        back = Image.open(io.BytesIO(data))
        if back.mode == "P":
            back = back.convert("RGBA" if "transparency" in back.info else "RGB")
        elif back.mode == "1":
            back = back.convert("L")
        a = hwc(back)
        files[name] = (data, a, 16 if a.dtype == np.uint16 else 8)
    for interlaced in (False, True):
        for color_type, depth, channels in [(0, 8, 1), (2, 8, 3), (6, 8, 4), (4, 16, 2), (2, 16, 3), (6, 16, 4), (0, 16, 1)]:
            if not interlaced and depth == 8:
                continue
            top = 65536 if depth == 16 else 256
            samples = rng.integers(0, top, (11, 19, channels)).astype(np.uint16 if depth == 16 else np.uint8)
            if color_type in (4, 6):
                samples[0, :4, -1] = [top - 1, top - 1, 0, top // 2]
            data = raw_png(samples, color_type, depth, interlaced)
            back = hwc(Image.open(io.BytesIO(data)))
            if depth == 8 or color_type == 0:
                assert np.array_equal(back, samples), "PIL reads the script's PNG differently"
            name = f"raw_{'adam7_' if interlaced else ''}{color_type}_{depth}.png"
            files[name] = (data, samples, depth)
    return files


def jpeg_files(rng):
    files = {}
    y, x = np.mgrid[0:17, 0:24]
    smooth = np.dstack([x * 10, y * 14, (x + y) * 6]).astype(np.float64)
    color = np.clip(smooth + rng.normal(0, 12, smooth.shape), 0, 255).astype(np.uint8)
    variants = {
        "pil_420.jpg": (Image.fromarray(color, "RGB"), {"quality": 90, "subsampling": 2}),
        "pil_444.jpg": (Image.fromarray(color, "RGB"), {"quality": 95, "subsampling": 0}),
        "pil_gray.jpg": (Image.fromarray(color[:, :, 0], "L"), {"quality": 85}),
        "pil_progressive.jpg": (Image.fromarray(color, "RGB"), {"quality": 80, "progressive": True}),
        "pil_cmyk.jpg": (Image.fromarray(color, "RGB").convert("CMYK"), {"quality": 90}),
    }
    for name, (image, options) in variants.items():
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", **options)
        data = buffer.getvalue()
        files[name] = (data, hwc(Image.open(io.BytesIO(data)).convert("RGB" if "cmyk" in name else None)), 8)
    rocket = hwc(Image.open(PHOTOS / "rocket.jpg"))
    patches = {f"rocket {x} {y}": rocket[y:y + 16, x:x + 16] for x, y in [(0, 0), (300, 200), (600, 400)]}
    return files, patches


def resizes(rng):
    source = rng.integers(0, 256, (11, 13, 3), dtype=np.uint8)
    eight, floating = {}, {}
    for name, flt in FILTERS.items():
        for w, h in [(5, 4), (20, 17), (7, 15)]:
            key = f"{name} {w}x{h}"
            eight[key] = hwc(Image.fromarray(source, "RGB").resize((w, h), flt))
            channel = Image.fromarray(source[:, :, 0].astype(np.float32), "F")
            floating[key] = np.asarray(channel.resize((w, h), flt), dtype=np.float32)
    photos = {
        "camera bilinear 64x64": hwc(Image.open(PHOTOS / "camera.png").resize((64, 64), FILTERS["bilinear"])),
        "chelsea bicubic 45x30": hwc(Image.open(PHOTOS / "chelsea.png").resize((45, 30), FILTERS["bicubic"])),
        "chelsea lanczos 40x27": hwc(Image.open(PHOTOS / "chelsea.png").resize((40, 27), FILTERS["lanczos"])),
        "horse bicubic 40x33": hwc(Image.open(PHOTOS / "horse.png").resize((40, 33), FILTERS["bicubic"])),
    }
    chelsea = Image.open(PHOTOS / "chelsea.png")
    resized = chelsea.resize((48, 32), FILTERS["bilinear"])
    left, top = int(round((48 - 32) / 2.0)), int(round((32 - 32) / 2.0))
    photos["chelsea pipeline 32"] = hwc(resized.crop((left, top, left + 32, top + 32)))
    return source, eight, floating, photos


def swift_array(name, samples):
    return f"        {swift_string(name)}: {swift_string(b64(samples))},\n"


def swift_string(text):
    return '"' + text + '"'


def main():
    rng = np.random.default_rng(20240607)
    out = [f"// Generated by scripts/make_image_fixtures.py with Pillow {PIL.__version__} and NumPy {np.__version__}; do not edit.\n",
           "// Arrays are base64 of row-major [H, W, C] samples: UInt8, or little-endian UInt16 / Float32.\n\n",
           "/// Values computed by PIL and NumPy for the image tests.\n",
           "enum ImageFixtures {\n",
           "    /// Each bundled photo as PIL decodes it: size, channels, (x, y, samples) points, channel means of the 0-255 samples.\n",
           "    static let photos: [String: (width: Int, height: Int, channels: Int, points: [(Int, Int, [Int])], means: [Double])] = [\n"]
    for name, w, h, c, points, means in photos():
        listed = ", ".join(f"({x}, {y}, {v})" for x, y, v in points)
        out.append(f"        {swift_string(name)}: ({w}, {h}, {c}, [{listed}], {[round(m, 10) for m in means]}),\n")
    out.append("    ]\n\n")
    files = png_files(rng)
    jpegs, patches = jpeg_files(rng)
    files.update(jpegs)
    out.append("    /// Small files (base64) and their samples as PIL decodes them (PNG samples exactly as stored).\n")
    out.append("    static let files: [String: (file: String, width: Int, height: Int, channels: Int, bitDepth: Int, samples: String)] = [\n")
    for name, (data, samples, depth) in sorted(files.items()):
        h, w, c = samples.shape
        stored = samples.astype("<u2") if depth == 16 else samples.astype(np.uint8)
        out.append(f"        {swift_string(name)}: ({swift_string(b64(data))}, {w}, {h}, {c}, {depth}, {swift_string(b64(stored))}),\n")
    out.append("    ]\n\n")
    out.append("    /// 16x16 patches of rocket.jpg as PIL decodes it, by top-left corner.\n")
    out.append("    static let rocketPatches: [String: String] = [\n")
    out.extend(swift_array(k, v) for k, v in patches.items())
    out.append("    ]\n\n")
    source, eight, floating, photo_resizes = resizes(rng)
    out.append("    /// The 13x11 RGB image that `resized` and `resizedFloat` start from.\n")
    out.append(f"    static let resizeSource = {swift_string(b64(source))}\n\n")
    out.append("    /// PIL's resize of `resizeSource` as an 8-bit RGB image, by \"filter WxH\".\n")
    out.append("    static let resized: [String: String] = [\n")
    out.extend(swift_array(k, v) for k, v in eight.items())
    out.append("    ]\n\n")
    out.append("    /// PIL's resize of `resizeSource`'s red channel as a float (\"F\") image of 0-255 values.\n")
    out.append("    static let resizedFloat: [String: String] = [\n")
    out.extend(swift_array(k, v.astype("<f4")) for k, v in floating.items())
    out.append("    ]\n\n")
    out.append("    /// PIL's 8-bit resizes of photos; \"chelsea pipeline 32\" is Resize(32) then CenterCrop(32), bilinear.\n")
    out.append("    static let photoResizes: [String: String] = [\n")
    out.extend(swift_array(k, v) for k, v in photo_resizes.items())
    out.append("    ]\n\n")
    gray = hwc(Image.open(PHOTOS / "chelsea.png").convert("L"))
    out.append("    /// PIL's convert(\"L\") of chelsea.png: the 16x16 patch at (100, 100) and the mean of all samples.\n")
    out.append(f"    static let chelseaGrayPatch = {swift_string(b64(gray[100:116, 100:116]))}\n")
    out.append(f"    static let chelseaGrayMean = {float(gray.astype(np.float64).mean())!r}\n")
    out.append("}\n")
    OUT.write_text("".join(out))
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
