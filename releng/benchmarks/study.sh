#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Study-engine benchmark on this machine: a synthetic N^3 case (segsense bench image --write-inputs), a
# tiny U-Net trained on it (segsense train), and a one-at-a-time study of 29 jobs (baseline, Gaussian
# noise x12, rotation x8, intensity scale x8; metrics dice, hd95, nsd, assd) run with 1 and with 2
# workers through ./segsense. Reports jobs per minute, where the job time goes (load, perturb,
# SegSense's part of inference, the TensorFlow call, reference, metrics), the share outside the
# TensorFlow call, peak memory (RSS), and the 1 -> 2 worker scaling; writes a Markdown report.
#
# Usage: releng/benchmarks/study.sh [--size N] [--out FILE]
#   --size N   edge length of the case (default 128)
#   --out FILE the report (default <repo>/docs/benchmarks-study.md)
# Needs: python3, /usr/bin/time (GNU time), Java 17 (./segsense; the product is built if missing).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ME="study.sh"
die() { echo "$ME: $1" >&2; exit "${2:-1}"; }

SIZE=128
OUT="$ROOT/docs/benchmarks-study.md"
while [ $# -gt 0 ]; do
  case "$1" in
    --size) SIZE="${2:?--size needs a value}"; shift 2 ;;
    --out) OUT="${2:?--out needs a value}"; shift 2 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" 2 ;;
  esac
done
[[ "$SIZE" =~ ^[1-9][0-9]*$ ]] || die "--size must be a positive integer" 2
case "$OUT" in /*) ;; *) OUT="$PWD/$OUT" ;; esac
command -v python3 >/dev/null 2>&1 || die "python3 not found (Debian: apt-get install python3)" 3
[ -x /usr/bin/time ] || die "GNU time not found (Debian: apt-get install time)" 3

SEG="$ROOT/segsense"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "$ME: synthetic ${SIZE}^3 case and a tiny U-Net" >&2
"$SEG" bench image --size "$SIZE" --runs 1 --write-inputs "$WORK/case" >/dev/null
"$SEG" train --image "$WORK/case/image.nii.gz" --labels "$WORK/case/ref.nii.gz" --architecture unet \
  --iterations 40 --patch 16,16,16 --seed 3 --out "$WORK/case/unet" >/dev/null 2>&1
cat > "$WORK/case/study.segsense" <<'XMI'
<?xml version="1.0" encoding="UTF-8"?>
<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="bench" seed="1">
  <cases id="c1"><channels name="t1" path="image.nii.gz"/><labelImage path="ref.nii.gz"/></cases>
  <modelVariants id="unet"><savedModel path="unet"/></modelVariants>
  <axes id="noise" perturbationType="gaussian-noise" sweptParameter="sigma"><sweep xsi:type="segsense:ExplicitSweep" values="0.05 0.1 0.15 0.2 0.25 0.3 0.35 0.4 0.45 0.5 0.55 0.6"/></axes>
  <axes id="rot" perturbationType="rotation" sweptParameter="rz"><sweep xsi:type="segsense:ExplicitSweep" values="-10 -7.5 -5 -2.5 2.5 5 7.5 10"/></axes>
  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor"><sweep xsi:type="segsense:ExplicitSweep" values="0.7 0.775 0.85 0.925 1.075 1.15 1.225 1.3"/></axes>
  <design xsi:type="segsense:OneAtATimeDesign"/>
  <reference xsi:type="segsense:GroundTruthReference"/>
  <metrics id="dice" metricType="dice"/>
  <metrics id="hd95" metricType="hd95"/>
  <metrics id="nsd" metricType="nsd"><parameters name="tolerance" value="2"/></metrics>
  <metrics id="assd" metricType="assd"/>
  <execution device="cpu"/>
</segsense:Study>
XMI
for t in 1 2; do
  echo "$ME: run with $t worker(s)" >&2
  /usr/bin/time -v -o "$WORK/time-$t.txt" "$SEG" --json run "$WORK/case/study.segsense" --out "$WORK/run-$t" --threads "$t" \
    >"$WORK/summary-$t.json" 2>"$WORK/log-$t.txt" || { cat "$WORK/log-$t.txt" >&2; die "the run with $t worker(s) failed"; }
done
cmp -s "$WORK/run-1/results.csv" "$WORK/run-2/results.csv" && SAME=yes || SAME=no

python3 - "$WORK" "$SIZE" "$SAME" "$OUT" <<'PY'
import csv, json, re, sys, platform, os
work, size, same, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
rows = {}
for t in (1, 2):
    s = json.load(open(f"{work}/summary-{t}.json"))
    jobs = list(csv.DictReader(open(f"{work}/run-{t}/jobs.csv")))
    tot = {k: sum(float(j[k]) for j in jobs) for k in ("load_ms", "perturb_ms", "inference_ms", "engine_ms", "reference_ms", "metrics_ms", "total_ms")}
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(f"{work}/time-{t}.txt").read()).group(1))
    warm = jobs[10:]  # after the JIT has compiled the hot loops (the first ~10 jobs include compilation)
    steady = {k: sum(float(j[k]) for j in warm) for k in ("engine_ms", "total_ms")}
    rows[t] = dict(summary=s, jobs=len(jobs), tot=tot, rss=rss, steady=steady)
cpu = "unknown"
for line in open("/proc/cpuinfo"):
    if line.startswith("model name"):
        cpu = line.split(":", 1)[1].strip(); break
def pct(a, b): return 100.0 * a / b if b else 0.0
with open(out, "w") as f:
    f.write(f"# Study engine benchmark\n\nWritten by `releng/benchmarks/study.sh --size {size}`: one synthetic {size}³ case "
            f"(`segsense bench image`), a tiny U-Net trained on it (`segsense train`, 40 iterations), a one-at-a-time study of "
            f"{rows[1]['jobs']} jobs (baseline, Gaussian noise ×12, rotation ×8, intensity scale ×8; metrics dice, hd95, nsd, assd) "
            f"run through `./segsense run` on the CPU.\n\nMachine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}.\n\n")
    f.write("| workers | wall s | jobs/min | **wall time with no TensorFlow call running** | job time outside the TensorFlow call: all jobs "
            "| after the first 10 (warm JIT) | peak RSS MiB |\n"
            "|---|---|---|---|---|---|---|\n")
    for t, r in rows.items():
        wall = r["summary"]["wallMs"] / 1000
        st = r["steady"]
        idle = r["summary"].get("engineIdleShare")
        f.write(f"| {t} | {wall:.1f} | {60 * r['jobs'] / wall:.1f} | {100 * idle:.1f} % "
                f"| {pct(r['tot']['total_ms'] - r['tot']['engine_ms'], r['tot']['total_ms']):.1f} % "
                f"| {pct(st['total_ms'] - st['engine_ms'], st['total_ms']):.1f} % | {r['rss'] / 1024:.0f} |\n")
    f.write("\nThe wall-time share is measured by the engine (`engineIdleShare` of `segsense --json run`): the share of the jobs' "
            "wall time (from the first job, consensus included, to the last commit) during which no TensorFlow call is running "
            "on any worker — the time the inference device waits. The CPU-side stages (load + perturb, reference + metrics + "
            "commit) run on their own threads beside the inference workers (a pipeline with at most 2 · workers + 1 jobs in flight with the default CPU-stage threads), "
            "so they overlap the calls. The job-time shares add up each job's own stage times (as if it ran alone).\n")
    f.write(f"\nScaling 1 → 2 workers: {rows[1]['summary']['wallMs'] / rows[2]['summary']['wallMs']:.2f}× "
            f"(TensorFlow threads per worker: the default min(cores, ⌈2 · cores / workers⌉)). results.csv of the two runs identical: {same}.\n\n")
    f.write("Where a job's time goes (sum over the jobs, 1 worker):\n\n| phase | ms | share |\n|---|---|---|\n")
    t = rows[1]["tot"]
    parts = [("load (cached after the first job)", t["load_ms"]), ("perturb", t["perturb_ms"]),
             ("inference outside the TensorFlow call (normalise, tile, softmax, argmax)", t["inference_ms"] - t["engine_ms"]),
             ("the TensorFlow call", t["engine_ms"]), ("reference (evaluation space)", t["reference_ms"]), ("metrics", t["metrics_ms"]),
             ("commit and the rest", max(0.0, t["total_ms"] - t["load_ms"] - t["perturb_ms"] - t["inference_ms"] - t["reference_ms"] - t["metrics_ms"]))]
    for name, ms in parts:
        f.write(f"| {name} | {ms:.0f} | {pct(ms, t['total_ms']):.1f} % |\n")
print(open(out).read())

# the summary section of docs/benchmarks.md (between markers; the other benchmark scripts keep it)
summary = os.path.join(os.path.dirname(out), "benchmarks.md")
if os.path.basename(out) == "benchmarks-study.md" and os.path.exists(summary):
    import datetime, subprocess
    here = os.path.dirname(os.path.abspath(out))
    try:
        rev = subprocess.run(["git", "-C", here, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        dirty = " (with uncommitted changes)" if subprocess.run(["git", "-C", here, "status", "--porcelain", "--", ":(top,exclude)docs"],
                                                                 capture_output=True, text=True).stdout.strip() else ""
    except OSError:
        rev, dirty = "unknown", ""
    block = ["<!-- study-benchmark:begin -->", "## Sensitivity study (the engine around TensorFlow)", "",
             f"Written by `releng/benchmarks/study.sh` ({datetime.datetime.utcnow().strftime('%Y-%m-%d %H:%M')} UTC, {rev}{dirty}); details in "
             f"[benchmarks-study.md](benchmarks-study.md). A synthetic {size}³ one-at-a-time study of {rows[1]['jobs']} jobs, tiny U-Net, CPU.", "",
             "| workers | jobs/min | wall time with no TensorFlow call running (target ≤ 10 %) | peak RSS MiB |", "|---|---:|---:|---:|"]
    for t, r in rows.items():
        wall = r["summary"]["wallMs"] / 1000
        block.append(f"| {t} | {60 * r['jobs'] / wall:.1f} | {100 * r['summary']['engineIdleShare']:.1f} % | {r['rss'] / 1024:.0f} |")
    block += ["", f"Scaling 1 → 2 workers: {rows[1]['summary']['wallMs'] / rows[2]['summary']['wallMs']:.2f}×; results identical: {same}.",
              "<!-- study-benchmark:end -->"]
    text = open(summary, encoding="utf-8").read()
    b, e = "<!-- study-benchmark:begin -->", "<!-- study-benchmark:end -->"
    if b in text and e in text:
        text = text[:text.index(b)] + "\n".join(block) + text[text.index(e) + len(e):]
    else:
        text = text.rstrip("\n") + "\n\n" + "\n".join(block) + "\n"
    open(summary, "w", encoding="utf-8").write(text)
    print(f"study.sh: updated the summary in {summary}")
PY
