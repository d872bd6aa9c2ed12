#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Third-party plug-ins through p2 (issue 16): installs the example plug-in (examples/plugin, built against the
# SDK repository by examples/plugin/build.sh) into a COPY of the unpacked product with 'segsense plugins install',
# lists it, runs a tiny study that uses its perturbation and metric, reports with its section, uninstalls it, lists
# again, checks that validate/run/resume/reproduce of that run name the missing plug-in while its report still
# renders, then installs the example rebuilt as version 1.0.0.v2 and checks reproduce's verdict. Needs the product and the example built. Prints "N passed, M failed"; exit 1 on any failure.
set -uo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
segsense="$repo/segsense"
built="${SEGSENSE_TEST_PRODUCT:-$repo/releng/org.segsense.product/target/products/org.segsense.product/linux/gtk/x86_64}"   # the product to copy
plugin_repo="$repo/examples/plugin/org.segsense.examples.plugin.repository/target"
plugin_zip="$(ls "$plugin_repo"/*.zip 2>/dev/null | head -n 1)"
[ -d "$built/plugins" ] || { echo "plugins-test: build the product first (./mvnw verify)" >&2; exit 2; }
[ -n "$plugin_zip" ] || { echo "plugins-test: build the example plug-in first (examples/plugin/build.sh)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home"
mkdir -p "$HOME"
cp -a "$built" "$work/product"
export SEGSENSE_HOME="$work/product"

# shellcheck source=../lib/check.sh
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../lib/check.sh"

check "no plug-in installed at first" 0 "^  \(none\)$" -- "$segsense" plugins
check "install: a missing path exits 2 and names it" 2 "nothere\.zip does not exist" -- "$segsense" plugins install "$work/nothere.zip"
mkdir "$work/empty"
check "install: a folder that is not a repository exits 2" 2 "is not a p2 repository" -- "$segsense" plugins install "$work/empty"
check "uninstall: an unknown id exits 2" 2 "no installed plug-in org\.example\.none" -- "$segsense" plugins uninstall org.example.none
check "install the example from its zip" 0 "installed org\.segsense\.examples\.plugin\.feature 1\.0\.0" -- "$segsense" plugins install "$plugin_zip"
check "the example's bundle is in bundles.info" 0 "^org\.segsense\.examples\.plugin,1\.0\.0" -- cat "$work/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
check "plugins lists it with its version" 0 "^  org\.segsense\.examples\.plugin\.feature 1\.0\.0\." -- "$segsense" plugins
check "its perturbation is in the catalogue" 0 "example-invert" -- "$segsense" perturb --list
"$segsense" bench image --size 16 --runs 1 --write-inputs "$work/case" >/dev/null
check "its perturbation writes its image format" 0 "example-invert" -- "$segsense" perturb "$work/case/image.nii.gz" "$work/inverted.sstxt" --type example-invert --set amount=1
check "the written file is the plug-in's text format" 0 "^SSTXT [a-z0-9]+$" -- head -n 1 "$work/inverted.sstxt"
check "image info reads the plug-in's format" 0 "16" -- "$segsense" image info "$work/inverted.sstxt"

# A tiny study: its perturbation as the axis, its metric beside Dice; the report gets its section.
check "train a tiny U-Net" 0 "Trained|trained" -- "$segsense" train --image "$work/case/image.nii.gz" --labels "$work/case/ref.nii.gz" \
  --architecture unet --iterations 5 --patch 16,16,16 --seed 3 --out "$work/case/tiny-unet"
cat > "$work/case/study.segsense" <<XMI
<?xml version="1.0" encoding="UTF-8"?>
<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="plugin" seed="5">
  <cases id="c1"><channels name="t1" path="image.nii.gz"/><labelImage path="ref.nii.gz"/></cases>
  <modelVariants id="unet"><savedModel path="tiny-unet"/></modelVariants>
  <axes id="invert" perturbationType="example-invert" sweptParameter="amount"><sweep xsi:type="segsense:ExplicitSweep" values="0.5 1"/></axes>
  <design xsi:type="segsense:OneAtATimeDesign"/>
  <reference xsi:type="segsense:GroundTruthReference"/>
  <metrics id="dice" metricType="dice"/>
  <metrics id="overlap" metricType="overlapCoefficient"/>
  <execution threads="1" device="cpu"/>
</segsense:Study>
XMI
check "the study using the plug-in is valid" 0 "valid" -- "$segsense" study validate "$work/case/study.segsense"
check "run the study" 0 "completed" -- "$segsense" run "$work/case/study.segsense" --out "$work/run"
check "the results hold the plug-in's metric" 0 "overlap" -- cat "$work/run/results.csv"
check "report of the run" 0 "Report: .*index\.html" -- "$segsense" report "$work/run"
check "the report has the plug-in's section" 0 "Run counts \(example\)" -- cat "$work/run/report/index.html"

check "uninstall it" 0 "uninstalled org\.segsense\.examples\.plugin\.feature 1\.0\.0" -- "$segsense" plugins uninstall org.segsense.examples.plugin.feature
check "plugins lists none again" 0 "^  \(none\)$" -- "$segsense" plugins
check "its bundle left bundles.info" 0 "^gone$" -- bash -c "grep -q '^org\.segsense\.examples\.plugin,' '$work/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info' || echo gone"
check "its perturbation left the catalogue" 0 "^gone$" -- bash -c "'$segsense' perturb --list | grep -q example-invert || echo gone"

# The run made with the plug-in, now that it is gone: its study names the plug-in, nothing is written, and the old
# run's report still renders with the metric as the run recorded it.
missing="org\\.segsense\\.examples\\.plugin version 1\\.0\\.0[.0-9a-zA-Z_-]* is not installed"
check "validate of the run's study names the missing plug-in and its perturbation" 2 "$missing.*example-invert" -- \
  "$segsense" study validate "$work/run/study.segsense"
check "running it again: exit 2, names the plug-in" 2 "$missing" -- "$segsense" run "$work/run/study.segsense" --out "$work/rerun"
check "... and writes no run folder" 0 "^nothing$" -- bash -c "[ ! -e '$work/rerun' ] && echo nothing"
check "resuming the run: exit 2, names the plug-in" 2 "$missing" -- "$segsense" run "$work/case/study.segsense" --out "$work/run" --resume
check "reproducing the run: exit 2, names the plug-in" 2 "$missing" -- "$segsense" reproduce "$work/run"
check "the old run's report still renders" 0 "Report: .*index\.html" -- "$segsense" report "$work/run"
check "... with the plug-in's metric as the run recorded it" 0 "Overlap coefficient" -- cat "$work/run/report/index.html"

# Another version of the plug-in (the same code, another qualifier): reproduce says which plug-in changed.
if (cd "$repo/examples/plugin" && ./build.sh "" -q -o -DforceContextQualifier=v2 -DskipTests) >"$work/v2-build.log" 2>&1; then
  v2_zip="$(ls "$plugin_repo"/*.zip | head -n 1)"
  check "install version 1.0.0.v2" 0 "installed org\.segsense\.examples\.plugin\.feature 1\.0\.0\.v2" -- "$segsense" plugins install "$v2_zip"
  check "reproduce names the changed plug-in (exit 1)" 1 "plug-in org\.segsense\.examples\.plugin changed from version 1\.0\.0\.[0-9a-zA-Z_-]+ to 1\.0\.0\.v2" -- \
    "$segsense" reproduce "$work/run"
else
  fail "build the example plug-in as version 1.0.0.v2"; tail -20 "$work/v2-build.log"
fi

echo "plugins-test: $passed passed, $failed failed"
[ "$failed" = 0 ]
