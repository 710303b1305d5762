#!/usr/bin/env bash
# Installs every Debian package the build, the tests and the benchmarks need (Debian 12, as root or via sudo).
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  qt6-base-dev qt6-multimedia-dev qt6-tools-dev qt6-l10n-tools linguist-qt6 qt6-svg-dev
  libqcustomplot-dev libqcustomplot2.1-qt6
  libtorch-dev
  libsndfile1-dev libsamplerate0-dev libsoxr-dev libcodec2-dev codec2
  nlohmann-json3-dev libcli11-dev
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  python3-numpy python3-torch
  xvfb xauth espeak-ng sox
  clang libclang-rt-14-dev lld  # the fuzz and asan presets (libFuzzer, sanitizer runtimes, linker)
  fonts-wqy-microhei qt6-translations-l10n pulseaudio
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

# The Hugging Face reference harness (tests) needs Node.js with npm. The machine image may already carry a
# Node.js build that bundles npm (and conflicts with Debian's npm package): only install what is missing.
if ! command -v node >/dev/null 2>&1; then packages+=(nodejs); fi
if ! command -v npm >/dev/null 2>&1; then packages+=(npm); fi

export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${packages[@]}"
