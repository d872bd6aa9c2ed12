#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Builds the ITK 5.2 reference program for SegSense's resampling tests (Euler3D + ResampleImageFilter
# with nearest, linear and cubic B-spline interpolation). Usage: tests/itk-reference/build-resample.sh [BUILD_DIR]
# Default BUILD_DIR: <repo>/.cache/itk-reference-resample. A no-op (seconds) when up to date.
# Executable: BUILD_DIR/resample_ref
# Needs ITK 5.2 development files (Debian: apt-get install -y libinsighttoolkit5-dev), cmake, a C++ compiler.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="${1:-$ROOT/.cache/itk-reference-resample}"
JOBS="${SEGSENSE_BUILD_JOBS:-2}"

if ! command -v cmake >/dev/null 2>&1; then
  echo "build-resample.sh: cmake not found (apt-get install -y cmake g++)" >&2
  exit 3
fi
if [ -z "${ITK_DIR:-}" ] && [ ! -f /usr/lib/cmake/ITK-5.2/ITKConfig.cmake ] \
    && [ ! -f /usr/local/lib/cmake/ITK-5.2/ITKConfig.cmake ]; then
  echo "build-resample.sh: ITK 5.2 not found (apt-get install -y libinsighttoolkit5-dev, or set ITK_DIR)" >&2
  exit 3
fi

mkdir -p "$OUT"
if [ ! -f "$OUT/CMakeCache.txt" ]; then
  cmake -S "$HERE/resample" -B "$OUT" -DCMAKE_BUILD_TYPE=Release ${ITK_DIR:+-DITK_DIR="$ITK_DIR"} >"$OUT/configure.log" 2>&1 \
    || { cat "$OUT/configure.log" >&2; rm -f "$OUT/CMakeCache.txt"; exit 4; }
fi
cmake --build "$OUT" -j "$JOBS" >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log" >&2; exit 4; }
echo "$OUT"
