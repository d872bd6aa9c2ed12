#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Regenerates the EMF code of org.segsense.model and org.segsense.model.edit from
# bundles/org.segsense.model/model/segsense.genmodel (which is first reloaded from segsense.ecore).
# Usage: releng/org.segsense.model.codegen/regenerate.sh   (from anywhere)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# System Maven 3.8 is enough for this plain jar module; prefer the wrapper when it is there.
if [ -x "$root/mvnw" ]; then mvn="$root/mvnw"; else mvn=mvn; fi
exec "$mvn" -q -f "$here/pom.xml" compile exec:java
