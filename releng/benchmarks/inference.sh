#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# CNN inference benchmark on this machine, in one run: the benchmark network (4 conv3d 3x3x3 layers of
# 16 channels, 1x1x1 head, softmax) on an N^3 volume through TensorFlow Java, with oneDNN off and on,
# with TensorFlow Java's default session configuration and with SegSense's, against the machine's
# measured FP32 peak; writes a Markdown report.
#
# Usage: releng/benchmarks/inference.sh [--size N] [--runs K] [--out FILE]
#   --size N   edge length (default 128)
#   --runs K   timed runs per configuration, median reported (default 5)
#   --out FILE the report (default <repo>/docs/benchmarks-inference.md; then a summary section of
#              docs/benchmarks.md is updated too, which image-vs-itk.sh keeps)
# Needs: a C compiler (gcc or cc) for the peak-FLOP/s probe (peak-flops.c), python3, Java 17 (./segsense).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ME="inference.sh"
die() { echo "$ME: $1" >&2; exit "${2:-1}"; }

SIZE=128
RUNS=5
OUT="$ROOT/docs/benchmarks-inference.md"
while [ $# -gt 0 ]; do
  case "$1" in
    --size) SIZE="${2:?--size needs a value}"; shift 2 ;;
    --runs) RUNS="${2:?--runs needs a value}"; shift 2 ;;
    --out) OUT="${2:?--out needs a value}"; shift 2 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" 2 ;;
  esac
done
[[ "$SIZE" =~ ^[1-9][0-9]*$ && "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "--size and --runs must be positive integers" 2
case "$OUT" in /*) ;; *) OUT="$PWD/$OUT" ;; esac
command -v python3 >/dev/null 2>&1 || die "python3 not found (Debian: apt-get install python3)" 3
CC="$(command -v gcc || command -v cc || true)"
[ -n "$CC" ] || die "no C compiler for the peak-FLOP/s probe (Debian: apt-get install gcc)" 3

# 1. the machine's FP32 peak, measured
mkdir -p "$ROOT/.cache/bench-peak"
PEAK_BIN="$ROOT/.cache/bench-peak/peak-flops"
if [ ! -x "$PEAK_BIN" ] || [ "$HERE/peak-flops.c" -nt "$PEAK_BIN" ]; then
  "$CC" -O3 -funroll-loops -mavx2 -mfma -pthread "$HERE/peak-flops.c" -o "$PEAK_BIN"
fi
echo "$ME: measuring the FP32 peak (AVX2 FMA on all cores) ..."
PEAK="$("$PEAK_BIN" | sed -n 's/^gflops=\([0-9.]*\).*/\1/p')"
[ -n "$PEAK" ] || die "the peak-FLOP/s probe printed nothing"

# 2. the benchmark with oneDNN off and on (a process-wide switch, read when TensorFlow loads)
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
for onednn in 0 1; do
  echo "$ME: segsense bench inference --size $SIZE --runs $RUNS with TF_ENABLE_ONEDNN_OPTS=$onednn ..."
  TF_ENABLE_ONEDNN_OPTS=$onednn "$ROOT/segsense" bench inference --size "$SIZE" --runs "$RUNS" --json > "$TMP/onednn$onednn.json" \
    || die "segsense bench inference failed (TF_ENABLE_ONEDNN_OPTS=$onednn)"
done

# 3. the report
python3 - "$TMP" "$PEAK" "$SIZE" "$RUNS" "$OUT" "$ROOT" <<'PY'
import json, sys, subprocess, platform, datetime, os
tmp, peak, size, runs, out, root = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
r = {k: json.load(open(f"{tmp}/onednn{k}.json")) for k in (0, 1)}
gflop = r[1]["gflopPerPass"]
def cpu():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()
def git(*a):
    try:
        return subprocess.run(["git", "-C", root, *a], capture_output=True, text=True).stdout.strip()
    except OSError:
        return ""
rev = git("rev-parse", "--short", "HEAD")
dirty = " (with uncommitted changes)" if git("status", "--porcelain") else ""
rows = []
for onednn in (0, 1):
    ops = r[onednn]["operations"]
    for key, label in (("engineTfDefault", "TensorFlow Java defaults (no ConfigProto)"), ("engineSegSense", "SegSense (intra-op = cores, inter-op 1)")):
        ms = ops[key]["medianMs"]
        rate = gflop / (ms / 1000)
        rows.append((label, "on" if onednn else "off", ms, rate, rate / peak))
default_ms = r[0]["operations"]["engineTfDefault"]["medianMs"]
segsense_ms = r[1]["operations"]["engineSegSense"]["medianMs"]
ov = r[1]["overheadFraction"]
with open(out, "w") as f:
    f.write("# CNN inference benchmark (TensorFlow Java 1.1.0 / TensorFlow 2.18.0)\n\n")
    f.write("Written by `releng/benchmarks/inference.sh`; do not edit by hand, rerun the script.\n\n")
    f.write("## Machine\n\n")
    f.write(f"- Date: {datetime.datetime.utcnow().strftime('%Y-%m-%d %H:%M')} UTC\n")
    f.write(f"- CPU: {cpu()}; `nproc`: {os.cpu_count()}; threads used: {r[1]['threads']}\n")
    f.write(f"- Measured FP32 peak: **{peak:.1f} GFLOP/s** (`releng/benchmarks/peak-flops.c`: independent AVX2 FMA chains on every core)\n")
    f.write(f"- Repository: {rev}{dirty}\n\n")
    f.write("## Results\n\n")
    f.write(f"Network: 4 conv3d 3×3×3 layers of 16 channels (bias, ReLU, 'same'), 1×1×1 head to 2 classes, softmax; input {size}³ float32, "
            f"batch 1; {gflop} GFLOP per pass. Median of {runs} runs after 2 warm-up runs; one session call per run, tensor copies included.\n\n")
    f.write("| Session configuration | oneDNN | median ms | GFLOP/s | of peak |\n|---|---|---:|---:|---:|\n")
    for label, on, ms, rate, frac in rows:
        f.write(f"| {label} | {on} | {ms:.1f} | {rate:.1f} | {100*frac:.0f} % |\n")
    f.write("\n")
    f.write(f"- SegSense's default (oneDNN on, SegSense configuration) vs TensorFlow Java's default (oneDNN off, no ConfigProto): "
            f"**{default_ms/segsense_ms:.2f}× faster** ({default_ms:.0f} → {segsense_ms:.0f} ms).\n")
    f.write(f"- Fraction of the measured peak with SegSense's default: **{100*gflop/(segsense_ms/1000)/peak:.0f} %** (target ≥ 50 %).\n")
    f.write(f"- SegSense's overhead around the TensorFlow session call (normalisation, tensor copies in and out, argmax to a label map; "
            f"`Predictor.predict` vs the session calls alone): **{100*ov:.1f} %** of inference time, of which tensor copies "
            f"{100*r[1]['tensorCopyFraction']:.1f} % (target ≤ 5 %).\n\n")
    f.write("oneDNN is switched on by the `segsense` launcher (`TF_ENABLE_ONEDNN_OPTS=1` unless set). Results with oneDNN differ from "
            "Eigen's in the last bits (reordered sums): compare runs only on the same backend.\n\n")
    f.write("## Raw output\n\n```json\n" + json.dumps(r, indent=1) + "\n```\n")
print(f"inference.sh: wrote {out}")

# the summary section of docs/benchmarks.md (between markers; image-vs-itk.sh keeps it)
summary = os.path.join(os.path.dirname(out), "benchmarks.md")
if os.path.basename(out) == "benchmarks-inference.md" and os.path.exists(summary):
    block = ["<!-- inference-benchmark:begin -->", "## CNN inference (TensorFlow Java)", "",
             f"Written by `releng/benchmarks/inference.sh` ({datetime.datetime.utcnow().strftime('%Y-%m-%d %H:%M')} UTC, {rev}{dirty}); "
             f"details and raw output in [benchmarks-inference.md](benchmarks-inference.md). Benchmark network, {size}³, {gflop} GFLOP per pass, "
             f"median of {runs} runs; measured FP32 peak {peak:.1f} GFLOP/s.", "",
             "| Session configuration | oneDNN | median ms | of peak |", "|---|---|---:|---:|"]
    for label, on, ms, rate, frac in rows:
        block.append(f"| {label} | {on} | {ms:.1f} | {100*frac:.0f} % |")
    block += ["", f"SegSense's default is **{default_ms/segsense_ms:.2f}×** faster than TensorFlow Java's default; "
              f"**{100*gflop/(segsense_ms/1000)/peak:.0f} %** of peak (target ≥ 50 %); overhead around the TensorFlow call "
              f"**{100*ov:.1f} %** (target ≤ 5 %).", "<!-- inference-benchmark:end -->"]
    text = open(summary, encoding="utf-8").read()
    b, e = "<!-- inference-benchmark:begin -->", "<!-- inference-benchmark:end -->"
    if b in text and e in text:
        text = text[:text.index(b)] + "\n".join(block) + text[text.index(e) + len(e):]
    else:
        text = text.rstrip("\n") + "\n\n" + "\n".join(block) + "\n"
    open(summary, "w", encoding="utf-8").write(text)
    print(f"inference.sh: updated the summary in {summary}")
PY
