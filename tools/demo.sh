#!/usr/bin/env bash
# The README's first command: sets up a fresh Debian 12 machine, builds, and runs the main job on the bundled
# sample audio — encode it with the built-in Codec 2 codec, look at the codes, train a BPE tokenizer on them,
# tokenize — then opens the studio on the demo session when there is a display.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build=${CODECBPE_BUILD_DIR:-$repo/build}
out=${CODECBPE_DEMO_DIR:-$repo/out/demo}
cd "$repo"

step() { printf '\n== %s\n' "$*"; }

bash tools/install-deps.sh
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$(nproc)" --target codecbpe codecbpe-studio
cli=$build/app/cli/codecbpe
codes=$out/codes/codec2-700c/30.0s_0.0s/mono

step "1. Encode the bundled audio (resources/sample) with Codec 2 700C into codec-bpe's layout"
"$cli" audio-to-codes --audio_path resources/sample --codes_path "$out/codes" --codec_model codec2-700c --overwrite

step "2. What the codes folder holds"
"$cli" info "$codes"

step "3. The first second of speech as codec-bpe text (4 codebooks x 25 frames)"
"$cli" codes-to-text "$codes/speech_c0.npy" | head -c 300
echo

step "4. Train a BPE tokenizer on the codes"
"$cli" train-tokenizer --codes_path "$codes" --chunk_size_secs 30 --vocab_size 2600 --pad_token "<pad>" --save_path "$out/tokenizer"

step "5. Tokenize the speech with it"
"$cli" encode --tokenizer "$out/tokenizer" "$codes/speech_c0.npy" -o "$out/speech_ids.txt"
echo "token ids: $out/speech_ids.txt"

step "6. The studio"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  "$build/app/studio/codecbpe-studio" --demo &
  echo "codecbpe-studio --demo started"
else
  echo "no display: run $build/app/studio/codecbpe-studio --demo on a desktop to see the codes and tokens in time"
fi
