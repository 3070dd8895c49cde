#!/usr/bin/env bash
# Installs every Debian 12 package Kindred needs to build, test and run.
# Idempotent: packages already present are skipped; safe to run repeatedly.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-datavisualization-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 libgl-dev
  qt6-qpa-plugins libqt6opengl6-dev qt6-svg-dev qt6-declarative-dev
  libtorch-dev libgloo-dev libfaiss-dev libopenblas-dev libopenblas0-openmp libeigen3-dev
  libsqlite3-dev sqlite3 googletest libgtest-dev libgmock-dev time
  libcli11-dev nlohmann-json3-dev libfmt-dev libstemmer-dev
  clang libclang-rt-14-dev
  xvfb xauth libgl1-mesa-dri qt6-translations-l10n
)
# --with-bench: also the references the benchmarks compare against (not needed to build or test).
if [[ "${1:-}" == "--with-bench" ]]; then
  PACKAGES+=(python3-torch r-cran-rtsne umap-learn)
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "setup: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

# Debian's default BLAS is the slow reference one; prefer OpenBLAS (OpenMP build).
if [[ -e /usr/lib/x86_64-linux-gnu/openblas-openmp/libblas.so.3 ]]; then
  $SUDO update-alternatives --set libblas.so.3-x86_64-linux-gnu \
    /usr/lib/x86_64-linux-gnu/openblas-openmp/libblas.so.3 || true
  $SUDO update-alternatives --set liblapack.so.3-x86_64-linux-gnu \
    /usr/lib/x86_64-linux-gnu/openblas-openmp/liblapack.so.3 || true
fi
echo "setup: done"
