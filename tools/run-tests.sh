#!/usr/bin/env bash
# The README's test command: sets up a fresh Debian 12 machine (packages, the Hugging Face reference harness),
# builds everything in build/ and runs every test suite with ctest. Exits non-zero if anything fails.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build=${CODECBPE_BUILD_DIR:-$repo/build}
cd "$repo"

bash tools/install-deps.sh

# The tests compare our tokenizers with the real Hugging Face library (npm package `tokenizers`). Without the
# harness those comparisons are skipped; in CI they are required.
if bash tools/setup-hf-ref.sh "$build/hf-ref"; then
  :
elif [ "${CI:-}" = "true" ]; then
  echo "run-tests: the Hugging Face reference harness is required in CI" >&2
  exit 1
else
  echo "run-tests: warning: Hugging Face cross-checks will be skipped" >&2
fi
if [ "${CI:-}" = "true" ]; then
  export CODECBPE_REQUIRE_HF_REF=1
fi

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCODECBPE_HF_REF_DIR="$build/hf-ref"
cmake --build "$build" -j "$(nproc)"
ctest --test-dir "$build" --output-on-failure --timeout 900
