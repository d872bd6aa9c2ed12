#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Times SegSense's image backends (java, simpleitk) on the same synthetic case in one run and prints the
# table with the ratio simpleitk/java (docs/benchmarks.md, section "Java backend vs SimpleITK backend").
#
# Usage: releng/benchmarks/backends.sh [--size N] [--raters R] [--runs K]   (defaults 96, 5, 3)
# Needs the SimpleITK binding: set SEGSENSE_SIMPLEITK, or it is built (or reused) from
# SEGSENSE_SIMPLEITK_ARCHIVE (default ../shared/third-party/SimpleITK-2.1.1.2.tar.gz) by releng/simpleitk/build.sh.
# SEGSENSE_CLI names the launcher to run instead of <repo>/segsense.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ -z "${SEGSENSE_SIMPLEITK:-}" ]; then
  archive="${SEGSENSE_SIMPLEITK_ARCHIVE:-$ROOT/../shared/third-party/SimpleITK-2.1.1.2.tar.gz}"
  [ -f "$archive" ] || { echo "backends.sh: no SimpleITK binding: set SEGSENSE_SIMPLEITK or SEGSENSE_SIMPLEITK_ARCHIVE" >&2; exit 2; }
  SEGSENSE_SIMPLEITK="$("$ROOT/releng/simpleitk/build.sh" "$archive")"
fi
export SEGSENSE_SIMPLEITK
"${SEGSENSE_CLI:-$ROOT/segsense}" bench backends "$@"
