"""codec-bpe's get_codes_files (core/utils.py, spec section 11), for tst_codesfolder to compare with.

usage: get_codes_files.py DIR NUM_FILES|- [FILTER...]   -> the files, one path per line
"""
import os
import sys


def get_files(path, extension, filter=None, num_files=None):
    files = []
    for root, _, names in os.walk(path):
        for name in names:
            if name.endswith(extension):
                files.append(os.path.join(root, name))
    if filter:
        if isinstance(filter, str):
            filter = [filter]
        files = [f for f in files if any(x in f for x in filter)]
    files.sort()
    return files[:num_files]


num = None if sys.argv[2] == "-" else int(sys.argv[2])
found = get_files(sys.argv[1], ".npy", sys.argv[3:] or None, num)
sys.stdout.buffer.write(b"".join(os.fsencode(f) + b"\n" for f in found))
