#!/usr/bin/env bash
# Configures the 'asan' preset (clang -O1 with line tables; AddressSanitizer + LeakSanitizer + UndefinedBehavior-
# Sanitizer), builds it and runs the test suite under it; any sanitizer report fails the test that caused it.
#   tools/run-asan-tests.sh [extra ctest arguments, e.g. -R tst_npy]
# Environment: BUILD_DIR (default build/asan in the source tree), JOBS (build jobs, default: the number of cores),
# CTEST_JOBS (suites run at once, default 1), STUDIO=OFF to leave out the studio and its widget tests. The Hugging
# Face cross-checks are skipped here (no hf-ref in the build folder): they compare outputs, which the Release run
# of tools/run-tests.sh checks.
# Prints how long the build and the tests took.
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$source_dir/build/asan}
jobs=${JOBS:-$(nproc)}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$source_dir/tools/lsan-suppressions.txt:print_suppressions=0}
unset CODECBPE_REQUIRE_HF_REF

start=$(date +%s)
cmake --preset asan -S "$source_dir" -B "$build_dir" -DCODECBPE_BUILD_STUDIO="${STUDIO:-ON}"
cmake --build "$build_dir" -j"$jobs"
built=$(date +%s)
status=0
ctest --test-dir "$build_dir" --output-on-failure -j"${CTEST_JOBS:-1}" "$@" || status=$?
done_at=$(date +%s)
echo "asan: build $((built - start)) s, tests $((done_at - built)) s"
exit $status
