#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Builds the ITK 5.2 VTK reference program (tests/itk-reference/vtk/convert.cxx) and prints the
# build folder, which then contains the program `convert`.
#
#   tests/itk-reference/build-vtk.sh
#
# Build folder: $SEGSENSE_ITK_REFERENCE_VTK, else <repo>/.cache/itk-reference-vtk. Re-running is
# cheap. Needs Debian packages libinsighttoolkit5-dev cmake g++ (installed here when running as root).
set -euo pipefail
src="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
repo="$(cd "$src/../.." && pwd)"
build="${SEGSENSE_ITK_REFERENCE_VTK:-$repo/.cache/itk-reference-vtk}"

if [ ! -f /usr/lib/cmake/ITK-5.2/ITKConfig.cmake ] || ! command -v cmake >/dev/null || ! command -v g++ >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "itk-reference-vtk: installing libinsighttoolkit5-dev cmake g++ ..." >&2
    for attempt in 1 2 3 4 5 6; do   # another apt-get may hold the dpkg lock
      if DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libinsighttoolkit5-dev cmake g++ >&2; then break; fi
      [ "$attempt" = 6 ] && { echo "itk-reference-vtk: apt-get install failed" >&2; exit 2; }
      sleep 10; apt-get update -qq >&2 || true
    done
  else
    echo "itk-reference-vtk: ITK 5.2, cmake or g++ missing. Install them: sudo apt-get install libinsighttoolkit5-dev cmake g++" >&2
    exit 2
  fi
fi

mkdir -p "$build"
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$src/vtk" -B "$build" -DCMAKE_BUILD_TYPE=Release >&2
fi
cmake --build "$build" -j 2 >&2
echo "$build"
