"""Prints Python's text forms for tst_codecinfo, one per input line.

usage: python_repr.py floats   < hex floats (float.hex)  -> repr(float) per line
       python_repr.py strings  < JSON strings            -> json.dumps(str) per line (ensure_ascii)
       python_repr.py infos DIR < JSON array of codec infos -> DIR/<i>.json as codec-bpe writes codec_info.json
"""
import json
import sys

mode = sys.argv[1]
lines = sys.stdin.buffer.read().decode("utf-8")
if mode == "floats":
    print("\n".join(repr(float.fromhex(h)) for h in lines.split()))
elif mode == "strings":
    print("\n".join(json.dumps(json.loads(s)) for s in lines.splitlines()))
elif mode == "infos":
    for i, given in enumerate(json.loads(lines)):
        # The keys and types audio_to_codes' AudioEncoder.get_codec_info() produces.
        info = {
            "codec_type": given["codec_type"],
            "codec_model": given["codec_model"],
            "sampling_rate_encoder": int(given["sampling_rate_encoder"]),
            "sampling_rate_decoder": int(given["sampling_rate_decoder"]),
            "num_codebooks": int(given["num_codebooks"]),
            "codebook_size": int(given["codebook_size"]),
            "framerate": float(given["framerate"]),
        }
        with open(f"{sys.argv[2]}/{i}.json", "w") as f:
            json.dump(info, f, indent=4)
else:
    sys.exit(f"unknown mode {mode}")
