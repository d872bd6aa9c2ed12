#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Builds the ITK 5.2 reference programs for SegSense's algorithm tests (STAPLE, multi-label STAPLE,
# label voting, distance maps). Usage: tests/itk-reference/build-algorithms.sh [BUILD_DIR]
# Default BUILD_DIR: <repo>/.cache/itk-reference-algorithms. A no-op (seconds) when up to date.
# Executables: BUILD_DIR/staple/staple_ref, BUILD_DIR/multilabel_staple/{mlstaple_ref,labelvoting_ref},
#              BUILD_DIR/distance/distance_ref, BUILD_DIR/dicom/dicom_series_info (DICOM series, GDCM)
# Needs ITK 5.2 development files (Debian: apt-get install -y libinsighttoolkit5-dev), cmake, a C++ compiler.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="${1:-$ROOT/.cache/itk-reference-algorithms}"
JOBS="${SEGSENSE_BUILD_JOBS:-2}"

if ! command -v cmake >/dev/null 2>&1; then
  echo "build-algorithms.sh: cmake not found (apt-get install -y cmake g++)" >&2
  exit 3
fi
if [ -z "${ITK_DIR:-}" ] && [ ! -f /usr/lib/cmake/ITK-5.2/ITKConfig.cmake ] \
    && [ ! -f /usr/local/lib/cmake/ITK-5.2/ITKConfig.cmake ]; then
  echo "build-algorithms.sh: ITK 5.2 not found (apt-get install -y libinsighttoolkit5-dev, or set ITK_DIR)" >&2
  exit 3
fi

for d in staple multilabel_staple distance dicom; do
  b="$OUT/$d"
  mkdir -p "$b"
  if [ ! -f "$b/CMakeCache.txt" ]; then
    cmake -S "$HERE/$d" -B "$b" -DCMAKE_BUILD_TYPE=Release ${ITK_DIR:+-DITK_DIR="$ITK_DIR"} >"$b/configure.log" 2>&1 \
      || { cat "$b/configure.log" >&2; rm -f "$b/CMakeCache.txt"; exit 4; }
  fi
  cmake --build "$b" -j "$JOBS" >"$b/build.log" 2>&1 || { cat "$b/build.log" >&2; exit 4; }
done
echo "$OUT"
