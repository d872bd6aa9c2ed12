#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Checks (default) or adds (--fix) the SPDX licence header of every source file of the repository:
#   Java:          first line  "// SPDX-License-Identifier: EPL-2.0"
#   shell scripts: the line after the shebang "# SPDX-License-Identifier: EPL-2.0"
# EMF-generated Java (src-gen) gets its header from the genmodel's copyrightText instead; it is checked too.
# Usage: releng/license/headers.sh [--fix]      (exit 1 and a list of files when a header is missing)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
tag='SPDX-License-Identifier: EPL-2.0'
fix=false; [ "${1:-}" = "--fix" ] && fix=true
missing=0
while IFS= read -r -d '' f; do
	head -n 5 "$f" | grep -q "$tag" && continue
	if $fix && [[ "$f" != */src-gen/* ]]; then
		case "$f" in
		*.java) { printf '// %s\n' "$tag"; cat "$f"; } > "$f.spdx" && mv "$f.spdx" "$f" ;;
		*)      if head -n 1 "$f" | grep -q '^#!'; then
		            { head -n 1 "$f"; printf '# %s\n' "$tag"; tail -n +2 "$f"; } > "$f.spdx"
		        else { printf '# %s\n' "$tag"; cat "$f"; } > "$f.spdx"; fi
		        chmod --reference="$f" "$f.spdx"; mv "$f.spdx" "$f" ;;
		esac
	else
		echo "missing SPDX header: $f"; missing=$((missing + 1))
	fi
done < <(git ls-files -z -- '*.java' '*.sh' 'segsense' '.ci/run')
if [ "$missing" -gt 0 ]; then
	echo "$missing file(s) lack the line '$tag' in their first 5 lines; run releng/license/headers.sh --fix" >&2
	exit 1
fi
