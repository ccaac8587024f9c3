#!/usr/bin/env python3
"""Every public type of the library targets has a /// comment, and so does
every public constructor of the zoo's architectures (their arguments listed).
Prints what lacks one and exits 1; exits 0 when nothing does."""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent / "Sources"
declaration = re.compile(r"^\s*(public|open)\s+(final\s+)?(class|struct|enum|protocol|actor)\s")
constructor = re.compile(r"^\s*public\s+(static\s+func\s+\w+|init)\(")
libraries = [p for p in root.iterdir() if p.is_dir() and p.name.startswith("SwiftGAN") and p.name not in ("SwiftGANCommandLine", "SwiftGANFuzzing", "SwiftGANBenchmarks")]


def documented(lines, index):
    above = index - 1
    while above >= 0 and lines[above].strip().startswith("@"):
        above -= 1
    return above >= 0 and lines[above].strip().startswith("///")


missing = []
for target in libraries:
    for file in sorted(target.rglob("*.swift")):
        lines = file.read_text().split("\n")
        architecture = "Architectures" in file.parts
        for index, line in enumerate(lines):
            wanted = declaration.match(line) or (architecture and constructor.match(line))
            if wanted and not documented(lines, index):
                missing.append(f"{file.relative_to(root.parent)}:{index + 1}: {line.strip()}")
for entry in missing:
    print(entry)
sys.exit(1 if missing else 0)
