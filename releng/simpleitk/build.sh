#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Builds SimpleITK's Java binding (simpleitk-*.jar + libSimpleITKJava.so) from a SimpleITK source
# archive against Debian's ITK 5.2, into a cache folder, and prints that folder.
#
#   releng/simpleitk/build.sh ARCHIVE         e.g. ../shared/third-party/SimpleITK-2.1.1.2.tar.gz
#
# Cache: ${SEGSENSE_SIMPLEITK_CACHE:-~/.cache/segsense/simpleitk}/<key>/ with
#   simpleitk.jar, libSimpleITKJava.so, build-info.txt
# where <key> is the SHA-256 of (archive SHA-256 + SHA-256 of this script without its comments), first 16 hex digits: the
# same archive built by the same script is built once; a second run prints the folder at once.
#
# SimpleITK 2.1.x is the release line for ITK 5.2 (2.2 and later need ITK >= 5.3, which Debian 12
# lacks). Debian build dependencies, installed here when running as root: swig (4.1), lua5.3 (the
# code generator rejects Lua 5.4), cmake, ninja-build, g++, a JDK 17, libinsighttoolkit5-dev.
# At run time libSimpleITKJava.so needs Debian's ITK 5.2 runtime libraries (libinsighttoolkit5.2,
# a dependency of libinsighttoolkit5-dev).
#
# Reduced filter set. SimpleITK generates one C++ filter class (and its Java wrapper) per JSON file
# under Code/BasicFilters/json/; all 292 take an estimated 1.6-1.8 h on 2 cores. SegSense keeps:
#   used by SegSense:  Resample, STAPLE, MultiLabelSTAPLE, SignedMaurerDistanceMap,
#                      HausdorffDistance, LabelOverlapMeasures, BinaryThreshold, DICOMOrient
#   needed to compile: Compose, JoinSeries (hand-written IO and vector-image code), DiscreteGaussian,
#                      SmoothingRecursiveGaussian, PatchBasedDenoising (hand-written procedures),
#                      Add Subtract Multiply Divide Modulus And Or Xor BitwiseNot UnaryMinus (the
#                      operator overloads of sitk::Image, which the SWIG wrapper also exposes).
# Image reading/writing (ImageFileReader/Writer, ImageSeriesReader with GDCM), Cast, Extract, Paste
# are hand-written (not JSON) and always built. Fewer filters do not compile.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"

FILTERS=(Resample STAPLE MultiLabelSTAPLE SignedMaurerDistanceMap HausdorffDistance
  LabelOverlapMeasures BinaryThreshold DICOMOrient Compose JoinSeries DiscreteGaussian
  SmoothingRecursiveGaussian PatchBasedDenoising Add Subtract Multiply Divide Modulus And Or Xor
  BitwiseNot UnaryMinus)

fail() { echo "simpleitk/build.sh: $*" >&2; exit 2; }

[ $# -eq 1 ] || fail "usage: releng/simpleitk/build.sh ARCHIVE (a SimpleITK 2.1.x source .tar.gz, e.g. SimpleITK-2.1.1.2.tar.gz)"
archive="$(readlink -f "$1")"
[ -f "$archive" ] || fail "$1: no such file. Give the path of a SimpleITK 2.1.x source archive (.tar.gz)."

archive_sha="$(sha256sum "$archive" | cut -d' ' -f1)"
# comments do not count: editing the documentation above does not force a rebuild
script_sha="$(grep -v '^[[:space:]]*#' "$here/build.sh" | sha256sum | cut -d' ' -f1)"
key="$(printf '%s\n%s\n' "$archive_sha" "$script_sha" | sha256sum | cut -c1-16)"
cache_root="${SEGSENSE_SIMPLEITK_CACHE:-$HOME/.cache/segsense/simpleitk}"
dest="$cache_root/$key"
if [ -f "$dest/simpleitk.jar" ] && [ -f "$dest/libSimpleITKJava.so" ] && [ -f "$dest/build-info.txt" ]; then
  echo "$dest"
  exit 0
fi

# --- build dependencies -------------------------------------------------------------------------
missing=()
command -v swig >/dev/null 2>&1 || missing+=(swig)
command -v lua5.3 >/dev/null 2>&1 || missing+=(lua5.3)
command -v cmake >/dev/null 2>&1 || missing+=(cmake)
command -v ninja >/dev/null 2>&1 || missing+=(ninja-build)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v javac >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
[ -f /usr/lib/cmake/ITK-5.2/ITKConfig.cmake ] || missing+=(libinsighttoolkit5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "simpleitk/build.sh: installing ${missing[*]} ..." >&2
    for attempt in 1 2 3 4 5 6; do   # another apt-get may hold the dpkg lock
      if DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2; then break; fi
      [ "$attempt" = 6 ] && fail "apt-get install ${missing[*]} failed"
      sleep 10; apt-get update -qq >&2 || true
    done
  else
    fail "missing build dependencies: ${missing[*]}. Install them (Debian: sudo apt-get install ${missing[*]}) and run again."
  fi
fi
if [ -z "${JAVA_HOME:-}" ]; then   # without it CMake reports "Could NOT find JNI"
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
fi
export JAVA_HOME

# --- unpack, reduce the filter set, configure, build ----------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/segsense-simpleitk.XXXXXX")"
trap 'rm -rf "$work"' EXIT
echo "simpleitk/build.sh: unpacking $archive into $work ..." >&2
tar xzf "$archive" -C "$work"
src="$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)"
[ -d "$src/Code/BasicFilters/json" ] || fail "$archive does not look like a SimpleITK source archive (no Code/BasicFilters/json)."
version="$(sed -n 's/^set(SimpleITK_VERSION_\(MAJOR\|MINOR\|PATCH\|TWEAK\) \([0-9]*\)).*/\2/p' "$src/Version.cmake" | paste -sd. -)"
case "$version" in 2.1.*) ;; *) fail "$archive is SimpleITK $version; this script builds the 2.1.x line (the one for Debian's ITK 5.2)." ;; esac
mkdir "$work/json-kept"
for f in "${FILTERS[@]}"; do
  mv "$src/Code/BasicFilters/json/${f}ImageFilter.json" "$work/json-kept/" ||
    fail "$archive lacks Code/BasicFilters/json/${f}ImageFilter.json"
done
rm -f "$src"/Code/BasicFilters/json/*.json
mv "$work"/json-kept/*.json "$src/Code/BasicFilters/json/"

start=$(date +%s)
cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DITK_DIR=/usr/lib/cmake/ITK-5.2 -DWRAP_DEFAULT=OFF -DWRAP_JAVA=ON -DBUILD_TESTING=OFF \
  -DBUILD_EXAMPLES=OFF -DBUILD_SHARED_LIBS=OFF -DSimpleITK_FORBID_DOWNLOADS=ON \
  -DSimpleITK_LUA_EXECUTABLE=/usr/bin/lua5.3 >&2
echo "simpleitk/build.sh: compiling ${#FILTERS[@]} filters with ninja -j${SEGSENSE_SIMPLEITK_JOBS:-2} (about 20 min on 2 cores) ..." >&2
ninja -C "$work/build" -j"${SEGSENSE_SIMPLEITK_JOBS:-2}" >&2
seconds=$(( $(date +%s) - start ))

# Wrapping/Java holds simpleitk-VERSION.jar (the classes, package org.itk.simple) beside -source- and -javadoc- jars
jar="$(find "$work/build/Wrapping/Java" -maxdepth 1 -name 'simpleitk-*.jar' ! -name 'simpleitk-source-*' ! -name 'simpleitk-javadoc-*' \
  ! -name '*sources*' | head -n 1)"
so="$(find "$work/build" -name libSimpleITKJava.so | head -n 1)"
[ -n "$jar" ] && [ -n "$so" ] || fail "the build finished without simpleitk-*.jar or libSimpleITKJava.so (see the output above)."
"$JAVA_HOME/bin/jar" tf "$jar" | grep -q '^org/itk/simple/SimpleITKJNI.class$' ||
  fail "$jar does not contain org/itk/simple/SimpleITKJNI.class; the Java wrapping did not build as expected."
mkdir -p "$cache_root"
tmp_dest="$(mktemp -d "$cache_root/.partial.XXXXXX")"
cp "$jar" "$tmp_dest/simpleitk.jar"
cp "$so" "$tmp_dest/libSimpleITKJava.so"
cat > "$tmp_dest/build-info.txt" <<INFO
simpleitk.version=$version
archive=$(basename "$archive")
archive.sha256=$archive_sha
script.sha256=$script_sha
itk=$(sed -n 's/^set(PACKAGE_VERSION "\([0-9.]*\)")/\1/p' /usr/lib/cmake/ITK-5.2/ITKConfigVersion.cmake | head -n 1)
filters=${FILTERS[*]}
build.seconds=$seconds
jar.bytes=$(stat -c %s "$tmp_dest/simpleitk.jar")
so.bytes=$(stat -c %s "$tmp_dest/libSimpleITKJava.so")
INFO
rm -rf "$dest"
mv "$tmp_dest" "$dest"
echo "simpleitk/build.sh: built in ${seconds} s" >&2
echo "$dest"
