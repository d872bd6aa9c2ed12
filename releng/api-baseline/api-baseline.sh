#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# The API baseline check (see ApiBaseline.java and docs/plugins.md "API versions").
#   api-baseline.sh check   compare the compiled API packages (bundles/*/target/classes) with api-baseline.txt
#   api-baseline.sh update  record the current API as the new baseline (after raising package versions)
# The build runs "check" in releng/org.segsense.sdk.repository; run it by hand after ./mvnw verify.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
java "$here/ApiBaseline.java" "${1:-check}" "${2:-$repo/bundles}" "${3:-$here/api-baseline.txt}"
