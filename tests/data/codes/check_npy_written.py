"""Checks .npy files that our writer made against NumPy, for tst_npy.

usage: check_npy_written.py DIR
DIR/written.txt: one line per file: name descr shape values... (shape as comma-separated dims, "" for ())
Each file must np.load() to that dtype, shape and values, and its bytes must equal np.save's for the same array.
"""
import io
import sys
from pathlib import Path

import numpy as np

folder = Path(sys.argv[1])
count = 0
for line in (folder / "written.txt").read_text().splitlines():
    name, descr, shape_text, *values = line.split(" ")
    shape = tuple(int(d) for d in shape_text.split(",") if d)
    expected = np.array([int(v) for v in values], dtype=np.int64).reshape(shape).astype(descr)
    loaded = np.load(folder / name, allow_pickle=False)
    if loaded.dtype.str != descr or loaded.shape != shape or not np.array_equal(loaded, expected):
        sys.exit(f"{name}: loaded {loaded.dtype.str} {loaded.shape}, expected {descr} {shape} (or values differ)")
    buffer = io.BytesIO()
    np.save(buffer, expected)
    if buffer.getvalue() != (folder / name).read_bytes():
        sys.exit(f"{name}: bytes differ from np.save's: {(folder / name).read_bytes()[:128]!r} vs {buffer.getvalue()[:128]!r}")
    count += 1
print(f"checked {count} files")
