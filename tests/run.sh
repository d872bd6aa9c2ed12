#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# The SegSense test command (named in README.md, run by .ci/run):
#   1. installs what a fresh Debian machine lacks (JDK 17, Xvfb, GTK 3, unzip, ITK 5.2 + cmake for
#      the reference programs) when run as root, and builds (or reuses) SimpleITK's Java binding,
#   2. builds everything and runs every test bundle, the workbench UI test under Xvfb included,
#   3. runs the product smoke tests (the ./segsense launcher, exit codes, a real workbench window) and
#      the Slurm tests on a private single-node cluster (tests/slurm/slurm-test.sh).
# Options: --offline  pass -o to Maven (everything already in ~/.m2).
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$repo"

maven_flags=(-B)
for arg in "$@"; do
  case "$arg" in
    --offline) maven_flags+=(-o) ;;
    *) echo "tests/run.sh: unknown option $arg (known: --offline)" >&2; exit 2 ;;
  esac
done

# --- 1. system packages -------------------------------------------------------------------
missing=()
command -v javac >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v xauth >/dev/null 2>&1 || missing+=(xauth)
command -v xwininfo >/dev/null 2>&1 || missing+=(x11-utils)
command -v dbus-launch >/dev/null 2>&1 || missing+=(dbus-x11)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
command -v curl >/dev/null 2>&1 || command -v wget >/dev/null 2>&1 || missing+=(curl)
ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || missing+=(libgtk-3-0)
# ITK 5.2 reference programs (tests/itk-reference) that the imaging tests compare against.
command -v cmake >/dev/null 2>&1 || missing+=(cmake)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
[ -f /usr/lib/cmake/ITK-5.2/ITKConfig.cmake ] || missing+=(libinsighttoolkit5-dev)
# Real test images come from Debian and npm packages (tests/data/fetch-test-data.sh).
command -v npm >/dev/null 2>&1 || missing+=(npm)
# A private single-node Slurm cluster for tests/slurm/slurm-test.sh.
command -v slurmctld >/dev/null 2>&1 || missing+=(slurm-wlm)
command -v munged >/dev/null 2>&1 || missing+=(munge)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "tests/run.sh: installing ${missing[*]} ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "tests/run.sh: missing packages: ${missing[*]}. Install them (Debian: sudo apt-get install ${missing[*]}) and run again." >&2
    exit 2
  fi
fi

# --- 1b. SimpleITK backend (releng/simpleitk/build.sh): built once (~20 min on 2 cores), then reused from
# ~/.cache/segsense/simpleitk; the cross-check and DICOM tests (org.segsense.simpleitk.tests) need it.
# SEGSENSE_SIMPLEITK (an existing binding folder) skips the build; SEGSENSE_SIMPLEITK_ARCHIVE names the source
# archive (default: ../shared/third-party/SimpleITK-2.1.1.2.tar.gz next to the repository, or next to the
# checkout this clone was made from, for CI's clean clones).
if [ -z "${SEGSENSE_SIMPLEITK:-}" ]; then
  sitk_archive="${SEGSENSE_SIMPLEITK_ARCHIVE:-$repo/../shared/third-party/SimpleITK-2.1.1.2.tar.gz}"
  origin="$(git -C "$repo" remote get-url origin 2>/dev/null || true)"
  if [ -z "${SEGSENSE_SIMPLEITK_ARCHIVE:-}" ] && [ ! -f "$sitk_archive" ] && [ -d "$origin" ]; then
    sitk_archive="$origin/../shared/third-party/SimpleITK-2.1.1.2.tar.gz"
  fi
  [ -f "$sitk_archive" ] || { echo "tests/run.sh: the SimpleITK source archive $sitk_archive is missing; set SEGSENSE_SIMPLEITK_ARCHIVE to a SimpleITK 2.1.x source .tar.gz (or SEGSENSE_SIMPLEITK to a built binding)." >&2; exit 2; }
  echo "tests/run.sh: building or reusing the SimpleITK binding (releng/simpleitk/build.sh) ..."
  SEGSENSE_SIMPLEITK="$(releng/simpleitk/build.sh "$sitk_archive")"
fi
export SEGSENSE_SIMPLEITK

# --- 2. build and test bundles ------------------------------------------------------------
# TensorFlow tests run with oneDNN on, as the segsense launcher does (the Surefire configuration in
# pom.xml passes the same default, this makes it explicit for the product smoke tests too).
export TF_ENABLE_ONEDNN_OPTS="${TF_ENABLE_ONEDNN_OPTS:-1}"
echo "tests/run.sh: checking the SPDX licence headers (releng/license/headers.sh) ..."
releng/license/headers.sh
echo "tests/run.sh: building and testing (./mvnw ${maven_flags[*]} clean verify) ..."
xvfb-run -a -s "-screen 0 1400x900x24" ./mvnw "${maven_flags[@]}" clean verify

# --- 3. product smoke tests ---------------------------------------------------------------
xvfb-run -a -s "-screen 0 1400x900x24" tests/product/smoke-test.sh
# Third-party plug-ins (docs/plugins.md): the API baseline check fails on a broken copy of an API class; the
# example plug-in builds against the SDK repository only; it installs into a copy of the product, is used by a
# study and its report, and uninstalls (p2).
releng/api-baseline/baseline-test.sh
examples/plugin/build.sh "" "${maven_flags[@]}"
tests/product/plugins-test.sh
# segsense slurm on a real single-node Slurm cluster, started and stopped by the test (needs root)
tests/slurm/slurm-test.sh
