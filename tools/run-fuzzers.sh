#!/usr/bin/env bash
# Runs each libFuzzer harness of fuzz/ for SECONDS over its corpus, as many at a time as there are cores, and prints
# the executions each reached. Exits non-zero if any harness found a crash, a hang or a sanitizer report; the input
# that caused it is saved as findings/<harness>-crash-* in the build folder (replay: <harness> FILE).
#   tools/run-fuzzers.sh SECONDS [HARNESS ...]      (default: every harness)
# Environment: BUILD_DIR (default build/fuzz in the source tree), configured with the 'fuzz' preset if needed;
# JOBS (harnesses run at once, default: the number of cores).
# The seeds in tests/data/fuzz-corpus/<corpus> stay untouched; what the fuzzer learns goes to $BUILD_DIR/corpus.
set -euo pipefail

if [ $# -lt 1 ] || ! [[ $1 =~ ^[0-9]+$ ]]; then
  echo "usage: $0 SECONDS [HARNESS ...]" >&2
  exit 2
fi
seconds=$1
shift
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$source_dir/build/fuzz}

# harness -> seed corpus folder and dictionary
declare -A corpus=([fuzz_npy]=npy [fuzz_codec_info]=codec_info [fuzz_codec_json]=codec_json
                   [fuzz_tokenizer]=tokenizer [fuzz_text]=text [fuzz_audio]=audio)
declare -A dict=([fuzz_npy]=npy.dict [fuzz_codec_info]=json.dict [fuzz_codec_json]=json.dict
                 [fuzz_tokenizer]=json.dict)
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
  harnesses=(fuzz_npy fuzz_codec_info fuzz_codec_json fuzz_tokenizer fuzz_text fuzz_audio)
fi

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake --preset fuzz -S "$source_dir" -B "$build_dir"
fi
cmake --build "$build_dir" --target "${harnesses[@]}" -j2

mkdir -p "$build_dir/findings"

# fuzz HARNESS: one libFuzzer run; its log is findings/HARNESS.log.
fuzz() {
  local harness=$1 name work
  name=${corpus[$harness]:?unknown harness $harness}
  work="$build_dir/corpus/$name"
  mkdir -p "$work"
  local args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
              -artifact_prefix="$build_dir/findings/$harness-")
  if [ -n "${dict[$harness]:-}" ]; then
    args+=(-dict="$source_dir/fuzz/${dict[$harness]}")
  fi
  echo "== $harness: ${seconds}s over $work + tests/data/fuzz-corpus/$name"
  "$build_dir/fuzz/$harness" "${args[@]}" "$work" "$source_dir/tests/data/fuzz-corpus/$name" \
    >"$build_dir/findings/$harness.log" 2>&1
}

declare -A pid_of
for harness in "${harnesses[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "${JOBS:-$(nproc)}" ]; do wait -n || true; done
  fuzz "$harness" &
  pid_of[$harness]=$!
done

failed=0
summary=()
for harness in "${harnesses[@]}"; do
  status=0
  wait "${pid_of[$harness]}" || status=$?
  log="$build_dir/findings/$harness.log"
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  if [ "$status" -ne 0 ]; then
    failed=1
    tail -40 "$log" >&2
    summary+=("$harness: FAILED after ${executions:-?} executions (exit $status, log $log)")
  else
    summary+=("$harness: ok, ${executions:-?} executions in ${seconds}s")
  fi
done
printf '%s\n' "${summary[@]}"
exit $failed
