#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Copies the shared Eclipse project settings (this folder's *.prefs) into .settings/ of every bundle,
# fragment and test project, so that Eclipse and Tycho's compiler (which reads .settings/org.eclipse.jdt.core.prefs)
# use the same compiler level, warnings and formatter everywhere. Edit the files here, run this script, commit.
#   releng/eclipse-settings/sync.sh          copy
#   releng/eclipse-settings/sync.sh --check  exit 1 if a project's copy differs or is missing
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
status=0
for manifest in "$repo"/bundles/*/META-INF/MANIFEST.MF "$repo"/tests/*/META-INF/MANIFEST.MF "$repo"/releng/*/META-INF/MANIFEST.MF; do
  [ -f "$manifest" ] || continue
  project="$(dirname "$(dirname "$manifest")")"
  for prefs in "$here"/*.prefs; do
    target="$project/.settings/$(basename "$prefs")"
    if [ "${1:-}" = --check ]; then
      cmp -s "$prefs" "$target" || { echo "differs or missing: ${target#"$repo"/}" >&2; status=1; }
    else
      mkdir -p "$project/.settings"
      cp "$prefs" "$target"
    fi
  done
done
exit $status
