#!/usr/bin/env python3
"""Export a neural audio codec to TorchScript for Codec BPE Studio (codecbpe --codec_model CODEC.ts).

The exported module has two methods, the contract core/torch/TorchScriptCodec loads:
    encode(wav: float32 [B, 1, T]) -> int64 [B, K, F]
    decode(codes: int64 [B, K, F]) -> float32 [B, 1, T']
and carries its metadata as codec.json (codec-bpe's codec_info.json keys) inside the archive.
"""

import argparse
import importlib
import importlib.util
import inspect
import json
import math
import os
import sys
import tempfile
import zipfile
from pathlib import Path

EPILOG = """\
sources:
  --model facebook/encodec_24khz           EnCodec 24 kHz, 75 Hz, 1024 codes; --bandwidth 1.5|3|6|12|24 kbps
                                           (default 1.5 = 2 codebooks, as codec-bpe; values > 24 are bps)
  --model descript/dac_16khz|dac_24khz|dac_44khz
                                           DAC, 1024 codes; --n_quantizers N (default: all)
  --model kyutai/mimi                      Mimi 24 kHz, 12.5 Hz, 2048 codes; --n_quantizers N (default: all)
  --generic FILE.py[:NAME] | package.module:NAME
                                           any nn.Module with encode(wav [B,1,T]) -> codes [B,K,F] and
                                           decode(codes) -> wav [B,1,T']. NAME is a class (built without
                                           arguments) or a function returning the module; without NAME the file's
                                           build_codec() or its only such class is used. Metadata comes from the
                                           module's attributes sampling_rate (or sample_rate), codebook_size and
                                           optionally codec_type, sampling_rate_decoder, pad_to_multiple_of, or
                                           from the flags below. num_codebooks and framerate are measured by
                                           encoding 10 s of silence, as codec-bpe does.
  The --model sources need the transformers package and the Hugging Face hub (or a local model folder).

output:
  --output codec.ts (or .pt)  one archive with codec.json inside
  --output some/folder        some/folder/model.ts and some/folder/codec.json
  After saving, the archive is loaded back and its codes are compared with the original module's at two
  input lengths; the export fails if they differ (e.g. a trace that froze the input length).

which torch versions and operators load in Codec BPE Studio (Debian's libtorch 1.13):
  The archive format is not the problem: every PyTorch so far writes file format version <= 10, which 1.13
  reads. Operators are: a module that calls an operator 1.13 lacks fails to load, and the studio names it.
  - aten::scaled_dot_product_attention (torch >= 2.0): emitted by F.scaled_dot_product_attention,
    nn.MultiheadAttention and nn.TransformerEncoderLayer fast paths, and Hugging Face models loaded with
    attn_implementation="sdpa" (their default on torch >= 2.1). Mimi is loaded with attn_implementation="eager"
    here; for your own modules write the attention out (softmax(q @ k^T / sqrt(d)) @ v).
  - aten::rms_norm (torch >= 2.4, nn.RMSNorm, F.rms_norm): nn.RMSNorm modules are replaced here by the same
    math written out; calls of F.rms_norm in your code must be rewritten by hand.
  - Available in 1.13: conv/conv-transpose, pad, unflatten, _weight_norm, stft/istft, gelu(approximate),
    layer_norm, group_norm, glu, silu, mish, einsum, cdist, repeat_interleave, scatter_reduce, searchsorted.
  The export scans the archive's code for the operators above and fails if it finds one (--allow_new_ops
  keeps it). Exporting with Debian's python3-torch (1.13) guarantees compatibility. Weight-norm
  parametrizations are removed before export (tracing would bake them in anyway).
  @torch.jit.export on encode/decode breaks torch.jit.trace_module (torch 1.13): leave it out; this script adds
  what scripting needs.
"""

# Operators newer PyTorch versions write that Debian's libtorch 1.13 cannot load, and the version that added them.
OPS_MISSING_IN_1_13 = {"scaled_dot_product_attention": "2.0", "rms_norm": "2.4"}


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="export_codec.py",
        description="Export a neural audio codec (EnCodec, DAC, Mimi or any module with encode/decode) to "
        "TorchScript with codec.json metadata, for `codecbpe --codec_model CODEC.ts`.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--model", help="Hugging Face hub id (or local folder) of EnCodec, DAC or Mimi")
    source.add_argument("--generic", metavar="SPEC", help="FILE.py[:NAME] or package.module:NAME")
    parser.add_argument("--output", "-o", required=True, help="CODEC.ts / CODEC.pt, or a folder")
    parser.add_argument("--bandwidth", type=float, help="EnCodec bandwidth in kbps (default 1.5)")
    parser.add_argument("--n_quantizers", type=int, help="DAC / Mimi codebooks to keep (default all)")
    parser.add_argument("--codec_type", help="codec_type for codec.json (default: from the model)")
    parser.add_argument("--codec_model", help="codec_model for codec.json (default: --model, or the class name)")
    parser.add_argument("--sampling_rate", type=int, help="encoder sample rate (generic)")
    parser.add_argument("--sampling_rate_decoder", type=int, help="decoder sample rate (default: the encoder's)")
    parser.add_argument("--codebook_size", type=int, help="codebook size (generic)")
    parser.add_argument("--method", choices=["auto", "script", "trace"], default="auto",
                        help="generic modules: torch.jit.script, trace_module, or script falling back to trace "
                        "(default auto); --model sources are always traced")
    parser.add_argument("--trace_seconds", type=float, default=1.0, help="example input length for tracing")
    parser.add_argument("--reference", metavar="FILE.json",
                        help="also write inputs and the codes the original module gives (alone and batched as "
                        "codec-bpe batches), to check a loader against")
    parser.add_argument("--allow_new_ops", action="store_true",
                        help="keep an export that calls operators libtorch 1.13 lacks")
    return parser.parse_args(argv)


# ---------------------------------------------------------------------------------------------------------------
# Wrappers: what gets scripted or traced. Tracing needs plain methods (trace_module fails on @torch.jit.export in
# torch 1.13), scripting needs the decorators, hence two classes over the same behaviour.

def _make_wrappers(torch):
    nn = torch.nn

    class TracedCodec(nn.Module):
        def __init__(self, codec):
            super().__init__()
            self.codec = codec

        def encode(self, wav):
            return self.codec.encode(wav).long()

        def decode(self, codes):
            audio = self.codec.decode(codes)
            if audio.dim() == 2:
                audio = audio.unsqueeze(1)
            return audio.float()

    class ScriptedCodec(nn.Module):
        def __init__(self, codec):
            super().__init__()
            self.codec = codec

        def forward(self, wav: torch.Tensor) -> torch.Tensor:
            return self.encode(wav)

        @torch.jit.export
        def encode(self, wav: torch.Tensor) -> torch.Tensor:
            return self.codec.encode(wav).long()

        @torch.jit.export
        def decode(self, codes: torch.Tensor) -> torch.Tensor:
            audio = self.codec.decode(codes)
            if audio.dim() == 2:
                audio = audio.unsqueeze(1)
            return audio.float()

    return TracedCodec, ScriptedCodec


def rms_norm_written_out(torch, norm):
    """nn.RMSNorm (aten::rms_norm, torch >= 2.4) as the math libtorch 1.13 has."""

    class RmsNorm(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.dims = [-(i + 1) for i in range(len(norm.normalized_shape))]
            self.eps = norm.eps if norm.eps is not None else torch.finfo(torch.float32).eps
            self.weight = norm.weight

        def forward(self, x):
            y = x * torch.rsqrt(x.pow(2).mean(dim=self.dims, keepdim=True) + self.eps)
            return y * self.weight if self.weight is not None else y

    return RmsNorm()


def prepare_for_export(torch, module):
    """Removes weight-norm parametrizations and replaces nn.RMSNorm, in place."""
    rms_norm_type = getattr(torch.nn, "RMSNorm", None)
    for name, child in list(module.named_children()):
        if rms_norm_type is not None and isinstance(child, rms_norm_type):
            setattr(module, name, rms_norm_written_out(torch, child))
        else:
            prepare_for_export(torch, child)
    parametrize = getattr(torch.nn.utils, "parametrize", None)
    if parametrize is not None and parametrize.is_parametrized(module, "weight"):
        parametrize.remove_parametrizations(module, "weight", leave_parametrized=True)
    for hook in list(getattr(module, "_forward_pre_hooks", {}).values()):
        if type(hook).__name__ == "WeightNorm":
            torch.nn.utils.remove_weight_norm(module)
            break
    return module


# ---------------------------------------------------------------------------------------------------------------
# Sources

def hf_codec(torch, args):
    """EnCodec, DAC or Mimi from the Hugging Face hub, wrapped to the encode/decode contract."""
    try:
        import transformers
    except ImportError:
        sys.exit("export_codec.py: --model needs the transformers package (pip install transformers)")
    name = args.model
    lowered = name.lower()
    nn = torch.nn
    pad_to_multiple_of = 1

    if "encodec" in lowered:
        model = transformers.EncodecModel.from_pretrained(name).eval()
        bandwidth = 1.5 if args.bandwidth is None else args.bandwidth
        if bandwidth > 24:
            bandwidth /= 1000.0  # codec-bpe: values above 24 are bits per second
        if bandwidth not in model.config.target_bandwidths:
            sys.exit(f"export_codec.py: EnCodec bandwidth must be one of {model.config.target_bandwidths}")

        class Codec(nn.Module):
            def __init__(self):
                super().__init__()
                self.model = model

            def encode(self, wav):
                return self.model.encode(wav, bandwidth=bandwidth).audio_codes[0]

            def decode(self, codes):
                return self.model.decode(codes.unsqueeze(0), [None]).audio_values

        codec_type = "encodec"
    elif "dac" in lowered:
        model = transformers.DacModel.from_pretrained(name).eval()
        n_quantizers = args.n_quantizers
        try:
            pad_to_multiple_of = int(transformers.AutoFeatureExtractor.from_pretrained(name).hop_length)
        except Exception:  # older transformers: the hop length is in the model config
            pad_to_multiple_of = int(model.config.hop_length)

        class Codec(nn.Module):
            def __init__(self):
                super().__init__()
                self.model = model

            def encode(self, wav):
                return self.model.encode(wav, n_quantizers=n_quantizers).audio_codes

            def decode(self, codes):
                return self.model.decode(audio_codes=codes).audio_values

        codec_type = "dac"
    elif "mimi" in lowered:
        # "eager" attention: the default "sdpa" would write aten::scaled_dot_product_attention.
        model = transformers.MimiModel.from_pretrained(name, attn_implementation="eager").eval()
        model.config.use_cache = False
        n_quantizers = args.n_quantizers

        class Codec(nn.Module):
            def __init__(self):
                super().__init__()
                self.model = model

            def encode(self, wav):
                return self.model.encode(wav, num_quantizers=n_quantizers).audio_codes

            def decode(self, codes):
                return self.model.decode(codes).audio_values

        codec_type = "mimi"
    else:
        sys.exit(f"export_codec.py: {name} is not EnCodec, DAC or Mimi; use --generic for other codecs")

    config = model.config
    meta = {
        "codec_type": args.codec_type or codec_type,
        "codec_model": args.codec_model or name,
        "sampling_rate": args.sampling_rate or int(config.sampling_rate),
        "codebook_size": args.codebook_size or int(config.codebook_size),
        "pad_to_multiple_of": pad_to_multiple_of,
    }
    return prepare_for_export(torch, Codec()).eval(), meta, "trace"


def load_generic(spec):
    """The object named by FILE.py[:NAME] or package.module:NAME."""
    path_part, name = (spec, "") if os.path.exists(spec) else spec.rsplit(":", 1) if ":" in spec else (spec, "")
    if path_part.endswith(".py") or os.path.exists(path_part):
        file = Path(path_part).resolve()
        if not file.is_file():
            sys.exit(f"export_codec.py: {file}: no such file")
        sys.path.insert(0, str(file.parent))
        module_spec = importlib.util.spec_from_file_location(file.stem, file)
        namespace = importlib.util.module_from_spec(module_spec)
        sys.modules[file.stem] = namespace
        module_spec.loader.exec_module(namespace)
    else:
        namespace = importlib.import_module(path_part)
    if name:
        if not hasattr(namespace, name):
            sys.exit(f"export_codec.py: {spec}: no {name} in {namespace.__name__}")
        return getattr(namespace, name)
    if hasattr(namespace, "build_codec"):
        return namespace.build_codec
    candidates = [obj for _, obj in inspect.getmembers(namespace, inspect.isclass)
                  if obj.__module__ == namespace.__name__ and hasattr(obj, "encode") and hasattr(obj, "decode")]
    if len(candidates) != 1:
        sys.exit(f"export_codec.py: {spec}: name the class or function to use as FILE.py:NAME "
                 f"(found {len(candidates)} classes with encode and decode)")
    return candidates[0]


def generic_codec(torch, args):
    factory = load_generic(args.generic)
    module = factory()
    if not isinstance(module, torch.nn.Module) or not hasattr(module, "encode") or not hasattr(module, "decode"):
        sys.exit(f"export_codec.py: {args.generic} did not give an nn.Module with encode and decode")
    sampling_rate = args.sampling_rate or getattr(module, "sampling_rate", None) or getattr(module, "sample_rate", None)
    codebook_size = args.codebook_size or getattr(module, "codebook_size", None)
    if not sampling_rate or not codebook_size:
        sys.exit("export_codec.py: give --sampling_rate and --codebook_size (the module has no sampling_rate / "
                 "codebook_size attributes)")
    meta = {
        "codec_type": args.codec_type or getattr(module, "codec_type", "torchscript"),
        "codec_model": args.codec_model or type(module).__name__,
        "sampling_rate": int(sampling_rate),
        "codebook_size": int(codebook_size),
        "pad_to_multiple_of": int(getattr(module, "pad_to_multiple_of", 1)),
    }
    if getattr(module, "sampling_rate_decoder", None):
        meta["sampling_rate_decoder"] = int(module.sampling_rate_decoder)
    return prepare_for_export(torch, module).eval(), meta, args.method


# ---------------------------------------------------------------------------------------------------------------
# codec-bpe's batching (DefaultProcessor padding + _process_batch trimming), for the check and the reference.

def encode_batch(torch, codec, chunks, pad_to_multiple_of):
    """Codes per chunk: right-pad with zeros to the longest (and to the processor's multiple), encode once, keep
    [:ceil(len / spf)] with spf = ceil(T_padded / F)."""
    longest = max(len(c) for c in chunks)
    padded = -(-longest // pad_to_multiple_of) * pad_to_multiple_of
    wav = torch.zeros(len(chunks), 1, padded)
    for i, chunk in enumerate(chunks):
        wav[i, 0, : len(chunk)] = chunk
    with torch.no_grad():
        codes = codec.encode(wav)
    frames = codes.shape[-1]
    samples_per_frame = math.ceil(padded / frames)
    return [codes[i, :, : math.ceil(len(c) / samples_per_frame)] for i, c in enumerate(chunks)]


def test_signals(torch, sampling_rate):
    """Three deterministic float32 signals of different lengths: a tone plus seeded noise."""
    generator = torch.Generator().manual_seed(20240611)
    signals = []
    for seconds, freq in ((0.25, 220.0), (0.1, 440.0), (0.05, 97.0)):
        n = int(seconds * sampling_rate) + 13
        t = torch.arange(n, dtype=torch.float64) / sampling_rate
        tone = 0.5 * torch.sin(2 * math.pi * freq * t)
        signals.append((tone + 0.05 * torch.randn(n, generator=generator, dtype=torch.float64)).float())
    return signals


def measure(torch, codec, sampling_rate):
    """num_codebooks and framerate from encoding 10 s of silence, as codec-bpe's get_codec_info."""
    with torch.no_grad():
        codes = codec.encode(torch.zeros(1, 1, 10 * sampling_rate))
    if codes.dim() != 3:
        sys.exit(f"export_codec.py: encode must return [B, K, F] codes, not shape {list(codes.shape)}")
    frames = codes.shape[-1]
    return int(codes.shape[-2]), sampling_rate / math.ceil(10 * sampling_rate / frames)


# ---------------------------------------------------------------------------------------------------------------

def export(torch, codec, method, trace_samples):
    traced_type, scripted_type = _make_wrappers(torch)
    if method in ("auto", "script"):
        try:
            return torch.jit.script(scripted_type(codec))
        except Exception as error:  # noqa: BLE001 - any scripting failure falls back to tracing in auto mode
            if method == "script":
                raise
            print(f"export_codec.py: scripting failed ({str(error).splitlines()[0]}); tracing instead",
                  file=sys.stderr)
    wrapper = traced_type(codec).eval()
    example = torch.randn(1, 1, trace_samples, generator=torch.Generator().manual_seed(1)) * 0.1
    with torch.no_grad():
        codes = wrapper.encode(example)
        return torch.jit.trace_module(wrapper, {"encode": (example,), "decode": (codes,)}, check_trace=False)


def save(torch, exported, codec_json, output):
    """Writes the archive (codec.json inside) through a temporary name, plus codec.json beside it for a folder."""
    output = Path(output)
    as_folder = output.suffix.lower() not in (".ts", ".pt")
    archive = output / "model.ts" if as_folder else output
    archive.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(codec_json, indent=4)
    files = [(archive, None)] + ([(output / "codec.json", text)] if as_folder else [])
    for target, content in files:
        # A temporary folder on the same file system, so the archive keeps its final name inside and the
        # rename is atomic.
        with tempfile.TemporaryDirectory(dir=target.parent, prefix=".export-") as temp_dir:
            temp = Path(temp_dir) / target.name
            if content is None:
                torch.jit.save(exported, str(temp), _extra_files={"codec.json": text})
            else:
                temp.write_text(content)
            os.replace(temp, target)
    return archive


def ops_missing_in_1_13(archive):
    found = set()
    with zipfile.ZipFile(archive) as zf:
        for name in zf.namelist():
            if "/code/" in "/" + name and name.endswith(".py"):
                code = zf.read(name).decode("utf-8", "replace")
                found.update(op for op in OPS_MISSING_IN_1_13 if f"torch.{op}(" in code or f"ops.aten.{op}(" in code)
    return sorted(found)


def check_export(torch, archive, codec, meta, signals):
    """Loads the archive back and compares its codes with the original module's, alone and batched."""
    loaded = torch.jit.load(str(archive))
    multiple = meta["pad_to_multiple_of"]
    for chunks in ([signals[0]], signals):
        ours = encode_batch(torch, loaded, chunks, multiple)
        theirs = encode_batch(torch, codec, chunks, multiple)
        for a, b in zip(ours, theirs):
            if a.shape != b.shape or not torch.equal(a, b):
                sys.exit(f"export_codec.py: {archive}: the exported module's codes differ from the original's "
                         f"(shapes {list(a.shape)} vs {list(b.shape)}); if it was traced, the trace probably froze "
                         "the input length: try --method script, or --trace_seconds equal to your chunk size")


def write_reference(torch, path, codec, meta, signals):
    multiple = meta["pad_to_multiple_of"]
    alone = [encode_batch(torch, codec, [s], multiple)[0] for s in signals]
    batched = encode_batch(torch, codec, signals, multiple)
    with torch.no_grad():
        decoded = codec.decode(alone[0].unsqueeze(0)).reshape(-1)
    reference = {
        "inputs": [s.tolist() for s in signals],
        "codes": [c.tolist() for c in alone],
        "batch_codes": [c.tolist() for c in batched],
        "decoded_first": decoded.float().tolist(),
        "torch_version": torch.__version__,
    }
    Path(path).write_text(json.dumps(reference))


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        import torch
    except ImportError:
        sys.exit("export_codec.py: PyTorch is not installed for this python (on Debian: apt-get install "
                 "python3-torch, then run /usr/bin/python3)")
    torch.manual_seed(0)
    codec, meta, method = hf_codec(torch, args) if args.model else generic_codec(torch, args)

    sampling_rate = meta["sampling_rate"]
    num_codebooks, framerate = measure(torch, codec, sampling_rate)
    codec_json = {
        "codec_type": meta["codec_type"],
        "codec_model": meta["codec_model"],
        "sampling_rate_encoder": sampling_rate,
        "sampling_rate_decoder": meta.get("sampling_rate_decoder", args.sampling_rate_decoder or sampling_rate),
        "num_codebooks": num_codebooks,
        "codebook_size": meta["codebook_size"],
        "framerate": framerate,
        "pad_to_multiple_of": meta["pad_to_multiple_of"],
    }

    trace_samples = max(1, int(args.trace_seconds * sampling_rate))
    trace_samples = -(-trace_samples // meta["pad_to_multiple_of"]) * meta["pad_to_multiple_of"]
    exported = export(torch, codec, method, trace_samples)
    archive = save(torch, exported, codec_json, args.output)

    missing = ops_missing_in_1_13(archive)
    if missing and not args.allow_new_ops:
        names = ", ".join(f"aten::{op} (torch >= {OPS_MISSING_IN_1_13[op]})" for op in missing)
        sys.exit(f"export_codec.py: {archive} calls {names}, which libtorch 1.13 cannot load; see --help "
                 "(or keep it with --allow_new_ops)")

    signals = test_signals(torch, sampling_rate)
    check_export(torch, archive, codec, meta, signals)
    if args.reference:
        write_reference(torch, args.reference, codec, meta, signals)
    print(f"exported {codec_json['codec_model']} ({num_codebooks} codebooks x {codec_json['codebook_size']}, "
          f"{framerate:g} Hz) to {archive} with torch {torch.__version__}")


if __name__ == "__main__":
    main()
