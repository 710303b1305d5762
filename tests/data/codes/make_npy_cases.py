"""Writes .npy files with NumPy for tst_npy and lists what our reader must make of them.

usage: make_npy_cases.py OUTDIR
OUTDIR/cases.txt: one line per readable file: name K F codes... (the reduced grid, codebook-major)
OUTDIR/bad.txt:   one line per file our reader must reject: name<TAB>part of the expected message
"""
import sys
from pathlib import Path

import numpy as np

out = Path(sys.argv[1])
rng = np.random.default_rng(20240611)
INT32 = np.iinfo(np.int32)

DTYPES = ["|i1", "|u1", "<i2", ">i2", "<u2", ">u2", "<i4", ">i4", "<u4", ">u4", "<i8", ">i8", "<u8", ">u8"]
VERSIONS = [(1, 0), (2, 0), (3, 0)]
SHAPES = {1: lambda k, f: (f,), 2: lambda k, f: (k, f), 3: lambda k, f: (1, k, f), 4: lambda k, f: (1, 1, k, f)}


def safe_range(dtype):
    info = np.iinfo(dtype)
    return max(int(info.min), int(INT32.min)), min(int(info.max), int(INT32.max))


def reduced(arr):
    """codec-bpe's reduction, with a 1-D array as one codebook."""
    if arr.ndim == 4:
        arr = arr[0, 0]
    elif arr.ndim == 3:
        arr = arr[0]
    elif arr.ndim == 1:
        arr = arr.reshape(1, -1)
    return arr


def write_raw(path, dict_text, data=b"", version=(1, 0)):
    """An .npy with a hand-written header dict, padded as NumPy pads."""
    header = dict_text.encode("latin1" if version < (3, 0) else "utf8")
    length_size = 2 if version == (1, 0) else 4
    pad = 64 - (6 + 2 + length_size + len(header) + 1) % 64
    header += b" " * pad + b"\n"
    with open(path, "wb") as f:
        f.write(b"\x93NUMPY" + bytes(version) + len(header).to_bytes(length_size, "little") + header + data)


lines = []
index = 0
for dtype in DTYPES:
    lo, hi = safe_range(dtype)
    for version in VERSIONS:
        for ndim, make_shape in SHAPES.items():
            for fortran in ([False, True] if ndim > 1 else [False]):
                k = 1 if ndim == 1 else int(rng.integers(2, 6))
                f = int(rng.integers(2, 40))
                values = rng.integers(lo, hi, size=(k, f), endpoint=True, dtype=np.int64)
                values.flat[0], values.flat[-1] = lo, hi
                arr = values.reshape(make_shape(k, f)).astype(dtype)
                if fortran:
                    arr = np.asfortranarray(arr)
                name = f"case{index:03d}.npy"
                index += 1
                with open(out / name, "wb") as fp:
                    np.lib.format.write_array(fp, arr, version=version)
                with open(out / name, "rb") as fp:
                    assert np.lib.format.read_magic(fp) == version
                    _, stored_fortran, stored_dtype = np.lib.format._read_array_header(fp, version)
                    assert stored_fortran == fortran and stored_dtype.str == dtype, (name, stored_dtype.str)
                grid = reduced(np.load(out / name))
                lines.append(f"{name} {grid.shape[0]} {grid.shape[1]} " + " ".join(str(int(v)) for v in grid.flat))

# Headers NumPy itself never writes but accepts: other key orders, double quotes, no trailing comma, '=' byte
# order, Python 2 longs, extra spaces.
values = np.arange(6, dtype="<i4").reshape(2, 3) - 3
for name, text in [
    ("hand_order.npy", "{'shape': (2, 3), 'fortran_order': False, 'descr': '<i4'}"),
    ("hand_quotes.npy", '{"descr": "<i4", "fortran_order": False, "shape": (2,3)}'),
    ("hand_native.npy", "{'descr': '=i4', 'fortran_order': False, 'shape': (2, 3), }"),
    ("hand_py2.npy", "{'descr': '<i4', 'fortran_order': False, 'shape': (2L, 3L), }"),
    ("hand_spaces.npy", "{ 'descr' : '<i4' ,\t'fortran_order' : False , 'shape' : ( 2 , 3 , ) , }"),
]:
    write_raw(out / name, text, values.tobytes())
    lines.append(f"{name} 2 3 " + " ".join(str(int(v)) for v in values.flat))
# Larger than one read block of our reader, big-endian and Fortran order.
big = np.asfortranarray(rng.integers(-2**31, 2**31, size=(1, 6, 20000), dtype=np.int64).astype(">i8"))
np.save(out / "big_fortran.npy", big)
lines.append("big_fortran.npy 6 20000 " + " ".join(str(int(v)) for v in big[0].flat))
for name, shape in [("empty_frames.npy", (1, 1, 4, 0)), ("empty_1d.npy", (0,))]:
    np.save(out / name, np.zeros(shape, dtype="<i8"))
    grid = reduced(np.load(out / name))
    lines.append(f"{name} {grid.shape[0]} {grid.shape[1]}")
(out / "cases.txt").write_text("\n".join(lines) + "\n")

bad = []
for name, arr, expected in [
    ("bad_float64.npy", np.zeros((4, 10)), "float64 codes are not supported: codes must be integers"),
    ("bad_float32.npy", np.zeros((4, 10), dtype=np.float32), "float32 codes are not supported"),
    ("bad_complex.npy", np.zeros((4, 10), dtype=np.complex128), "complex128 codes are not supported"),
    ("bad_bool.npy", np.zeros((4, 10), dtype=bool), "bool codes are not supported"),
    ("bad_str.npy", np.array([["a", "b"]]), "str ('<U1') codes are not supported"),
    ("bad_5d.npy", np.zeros((1, 1, 1, 4, 10), dtype="<i8"), "too many dimensions"),
    ("bad_0d.npy", np.array(7, dtype="<i8"), "0-dimensional"),
    ("bad_lead3d.npy", np.zeros((2, 4, 10), dtype="<i8"), "leading dimension 0 is 2, expected 1"),
    ("bad_lead4d.npy", np.zeros((1, 3, 4, 10), dtype="<i8"), "leading dimension 1 is 3, expected 1"),
    ("bad_i8_high.npy", np.array([[0, 2**31]], dtype="<i8"), "value 2147483648 at flat index 1 does not fit int32"),
    ("bad_i8_low.npy", np.array([[-2**31 - 1, 0]], dtype=">i8"), "value -2147483649 at flat index 0 does not fit int32"),
    ("bad_u4.npy", np.array([[5, 6, 4294967295]], dtype="<u4"), "value 4294967295 at flat index 2 does not fit int32"),
    ("bad_u8.npy", np.array([[2**64 - 1]], dtype=">u8"), "value 18446744073709551615 at flat index 0"),
]:
    np.save(out / name, arr)
    bad.append(f"{name}\t{expected}")
np.save(out / "bad_object.npy", np.array([[1, None]], dtype=object), allow_pickle=True)
bad.append("bad_object.npy\tobject codes are not supported")
write_raw(out / "bad_record.npy", "{'descr': [('a', '<i4')], 'fortran_order': False, 'shape': (2,), }", bytes(8))
bad.append("bad_record.npy\tstructured dtypes (records) are not supported")
(out / "bad.txt").write_text("\n".join(bad) + "\n")
print(f"{len(lines)} cases, {len(bad)} bad files")
