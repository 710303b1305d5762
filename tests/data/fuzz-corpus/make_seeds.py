#!/usr/bin/python3
# Regenerates the small seed corpora of the fuzz harnesses (fuzz/) in this folder. Run with Debian's python3
# (NumPy); the audio seeds need sox and the test fixtures in tests/data/audio.
import io
import json
import os
import subprocess
import sys

import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.dirname(here)


def put(folder, name, payload):
    with open(os.path.join(here, folder, name), "wb") as f:
        f.write(payload)


def npy_bytes(array, version=None):
    out = io.BytesIO()
    if version is None:
        np.save(out, array)
    else:
        np.lib.format.write_array(out, array, version=version)
    return out.getvalue()


grid = np.arange(12).reshape(3, 4) % 7
put("npy", "i8-k-f.npy", npy_bytes(grid.astype("<i8")))
put("npy", "i8-1-k-f.npy", npy_bytes(grid.astype("<i8")[None]))
put("npy", "i8-1-1-k-f.npy", npy_bytes(grid.astype("<i8")[None, None]))
put("npy", "i4-f.npy", npy_bytes(np.arange(5, dtype="<i4")))
put("npy", "u2-big-endian.npy", npy_bytes(grid.astype(">u2")))
put("npy", "u1.npy", npy_bytes(grid.astype("u1")))
put("npy", "i2-fortran.npy", npy_bytes(np.asfortranarray(grid.astype("<i2"))))
put("npy", "u8-v2.npy", npy_bytes(grid.astype("<u8"), version=(2, 0)))
put("npy", "i8-v3.npy", npy_bytes(grid.astype("<i8"), version=(3, 0)))
put("npy", "f4.npy", npy_bytes(grid.astype("<f4")))

info = {"codec_type": "encodec", "codec_model": "facebook/encodec_24khz", "sampling_rate_encoder": 24000,
        "sampling_rate_decoder": 24000, "num_codebooks": 8, "codebook_size": 1024, "framerate": 75.0}
put("codec_info", "current.json", json.dumps(info, indent=4).encode())
legacy = {"codec_type": "dac", "codec_model": "descript/dac_44khz", "sampling_rate": 44100,
          "num_codebooks": 9, "codebook_size": 1024, "framerate": 86.1328125}
put("codec_info", "legacy-1.3.json", json.dumps(legacy).encode())
put("codec_info", "codec2.json", json.dumps(dict(info, codec_type="codec2", codec_model="codec2-700c",
                                                  sampling_rate_encoder=8000, sampling_rate_decoder=8000,
                                                  num_codebooks=4, codebook_size=512, framerate=25)).encode())

marker = b"\n#tokenizer_config.json\n"
with open(os.path.join(data, "bpe", "small-codec-tokenizer.json"), "rb") as f:
    tokenizer = f.read()
with open(os.path.join(data, "bpe", "small-codec-tokenizer_config.json"), "rb") as f:
    config = f.read()
put("tokenizer", "small.json", tokenizer)
put("tokenizer", "small-with-config.json", tokenizer + marker + config)
codec_config = json.loads(config)
codec_config["codec_bpe"] = {"num_codebooks": 2, "codebook_size": 4, "unicode_offset": 0x4E00,
                             "codec_framerate": 75.0, "codec_type": "encodec", "codec_model": "x"}
put("tokenizer", "with-codec-metadata.json", tokenizer + marker + json.dumps(codec_config).encode())
legacy_merges = json.loads(tokenizer)
legacy_merges["model"]["merges"] = [" ".join(m) if isinstance(m, list) else m for m in legacy_merges["model"]["merges"]]
put("tokenizer", "legacy-merges.json", json.dumps(legacy_merges, ensure_ascii=False).encode())


def text_seed(k, size_lo, size_hi, selector, low, flags, chars):
    return bytes([k, size_lo, size_hi, selector, low, flags]) + "".join(chars).encode()


def alphabet_text(k, size, offset, frames):
    return [chr(offset + c * size + (f * 7 + c) % size) for f in range(frames) for c in range(k)]


put("text", "k2-s1024-default.txt", text_seed(1, 0xFF, 0x03, 0, 0, 0, alphabet_text(2, 1024, 0x4E00, 6)))
put("text", "k4-s4-large-hanging.txt", text_seed(3, 3, 0, 1, 0, 0, alphabet_text(4, 4, 0xE000, 5)[1:-2]))
put("text", "k1-ascii-offset.txt", text_seed(0, 25, 0, 3, 0x41, 2, list("HELLO WORLD")))
put("text", "legacy.txt", text_seed(1, 7, 0, 0, 0, 4, ["<%s>" % c for c in alphabet_text(2, 8, 0x4E00, 3)]))
put("text", "strays.txt", text_seed(1, 0xFF, 0x03, 0, 0, 0, alphabet_text(2, 1024, 0x4E00, 3) + ["<pad>", "\u2581"]
                                    + alphabet_text(2, 1024, 0x4E00, 2)))

# codec.json of TorchScript codecs: tests/torch/tst_torchscriptcodec's tiny codec, and what tools/export_codec.py
# writes for tests/data/torch/tiny_rvq.py and for a DAC (pad_to_multiple_of = its hop length).
tiny = {"codec_type": "tiny", "codec_model": "tiny-conv", "sampling_rate_encoder": 16000, "sampling_rate_decoder": 16000,
        "num_codebooks": 2, "codebook_size": 16, "framerate": 4000.0}
put("codec_json", "tiny.json", json.dumps(tiny).encode())
put("codec_json", "tiny-pad8.json", json.dumps(dict(tiny, pad_to_multiple_of=8)).encode())
tiny_rvq = {"codec_type": "tiny_rvq", "codec_model": "TinyRVQ", "sampling_rate_encoder": 16000,
            "sampling_rate_decoder": 16000, "num_codebooks": 4, "codebook_size": 32, "framerate": 2000.0,
            "pad_to_multiple_of": 1}
put("codec_json", "tiny_rvq.json", json.dumps(tiny_rvq, indent=4).encode())
dac = {"codec_type": "dac", "codec_model": "descript/dac_44khz", "sampling_rate_encoder": 44100,
       "sampling_rate_decoder": 44100, "num_codebooks": 9, "codebook_size": 1024, "framerate": 86.1328125,
       "pad_to_multiple_of": 512}
put("codec_json", "dac.json", json.dumps(dac, indent=4).encode())

audio = os.path.join(data, "audio")
for source, name, extra in [("22050-1-16.wav", "pcm16.wav", []), ("48000-1-24.wav", "pcm24.wav", []),
                            ("44100-1-f32.wav", "float.wav", []), ("44100-2-16.wav", "stereo.wav", []),
                            ("22050-1-16.wav", "tiny.flac", []), ("22050-1-16.wav", "tiny.aiff", []),
                            ("22050-1-16.wav", "tiny.ogg", [])]:
    subprocess.run(["sox", os.path.join(audio, source), os.path.join(here, "audio", name), "trim", "0", "0.01"]
                   + extra, check=True)
for name in ["24000-1-mp3.mp3", "48000-1-opus.opus"]:
    with open(os.path.join(audio, name), "rb") as f:
        put("audio", name, f.read())
sys.exit(0)
