#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Shows that the API baseline check fails on incompatible API changes made without a version increase.
# Works on a COPY: a temporary bundles/ tree links every compiled bundle except org.segsense.perturb,
# which is copied; a copy of org.segsense.perturb.spi.Perturbation is changed, recompiled with javac into
# the copy, and the check is run on the tree. Needs the bundles built (./mvnw verify). Exit 0 = all cases pass.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bundles"
for b in "$repo"/bundles/*/; do
  n="$(basename "$b")"
  [ "$n" = org.segsense.perturb ] || ln -s "$b" "$tmp/bundles/$n"
done
copy="$tmp/bundles/org.segsense.perturb"
mkdir -p "$copy/META-INF" "$copy/target"
cp -r "$repo/bundles/org.segsense.perturb/target/classes" "$copy/target/classes"
src="$repo/bundles/org.segsense.perturb/src/org/segsense/perturb/spi/Perturbation.java"
manifest="$repo/bundles/org.segsense.perturb/META-INF/MANIFEST.MF"
pass=0
fail=0

# check NAME EXPECTED_RC SPI_VERSION EXPECTED_TEXT SED_EXPRESSION_ON_THE_INTERFACE
check() {
  local name="$1" expected="$2" version="$3" text="$4" edit="$5"
  sed "s/org.segsense.perturb.spi;version=\"1.0.0\"/org.segsense.perturb.spi;version=\"$version\"/" "$manifest" > "$copy/META-INF/MANIFEST.MF"
  mkdir -p "$tmp/src"
  sed "$edit" "$src" > "$tmp/src/Perturbation.java"
  javac -nowarn -proc:none -d "$copy/target/classes" -cp "$copy/target/classes:$repo/bundles/org.segsense.image/target/classes" "$tmp/src/Perturbation.java"
  set +e
  out="$("$here/api-baseline.sh" check "$tmp/bundles" 2>&1)"
  rc=$?
  set -e
  if [ "$rc" = "$expected" ] && grep -qF -- "$text" <<<"$out"; then
    echo "ok   $name (exit $rc)"
    pass=$((pass + 1))
  else
    echo "FAIL $name: expected exit $expected and '$text', got exit $rc:"
    echo "$out" | sed 's/^/     /'
    fail=$((fail + 1))
  fi
}

check "unchanged API passes" 0 1.0.0 "API packages compatible" 's/a^//'
check "changed method signature without a version increase fails" 1 1.0.0 \
  "org.segsense.perturb.spi in bundles/org.segsense.perturb changed incompatibly but its version is 1.0.0 (baseline 1.0.0); raise it to 2.0.0" \
  's/SplittableRandom random);/SplittableRandom random, long seed);/'
check "changed method signature with 2.0.0 passes" 0 2.0.0 "API packages compatible" \
  's/SplittableRandom random);/SplittableRandom random, long seed);/'
check "new abstract interface method with 1.1.0 fails (breaks implementers)" 1 1.1.0 "new abstract method" \
  's/^}$/\tString label();\n}/'
check "new default method without a version increase fails" 1 1.0.0 "changed compatibly (additions) but its version is 1.0.0 (baseline 1.0.0); raise it to 1.1.0" \
  's/^}$/\tdefault String label() { return "x"; }\n}/'
check "new default method with 1.1.0 passes" 0 1.1.0 "API packages compatible" \
  's/^}$/\tdefault String label() { return "x"; }\n}/'
check "lower version than the baseline fails" 1 0.9.0 "went from version 1.0.0 down to 0.9.0" 's/a^//'

echo "API baseline test: $pass passed, $fail failed"
[ "$fail" = 0 ]
