#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Builds and tests the example plug-in against a SegSense SDK repository only (by default the one the
# SegSense build left in releng/org.segsense.sdk.repository/target/repository).
# Usage: examples/plugin/build.sh [SDK-REPOSITORY-FOLDER-OR-ZIP] [MAVEN-OPTIONS...]
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
sdk="${1:-$here/../../releng/org.segsense.sdk.repository/target/repository}"
shift || true
case "$sdk" in
  *.zip) [ -f "$sdk" ] || { echo "examples/plugin/build.sh: $sdk does not exist; build SegSense first (./mvnw verify)" >&2; exit 2; }
         url="jar:file:$(readlink -f "$sdk")!/" ;;
  *)     [ -f "$sdk/content.xml" ] || [ -f "$sdk/content.jar" ] || { echo "examples/plugin/build.sh: $sdk is not a p2 repository (no content.xml/content.jar); build SegSense first (./mvnw verify)" >&2; exit 2; }
         url="file:$(readlink -f "$sdk")" ;;
esac
cd "$here"
exec "$here/../../mvnw" -B "$@" verify -Dsegsense.sdk="$url"
