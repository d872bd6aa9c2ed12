#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Compares the speed of SegSense's Java imaging algorithms with ITK 5.2 on the same inputs, on this
# machine, in one run, and writes a Markdown report.
#
# Usage: releng/benchmarks/image-vs-itk.sh [--size N] [--raters R] [--runs K] [--out FILE]
#   --size N     image edge length in voxels (N^3 volumes; default 128)
#   --raters R   number of raters for the STAPLE inputs (default 5)
#   --runs K     timed repetitions per operation on the ITK side; the median is reported (default 11).
#                Passed to the Java side too when its 'bench image' command has a --runs option.
#   --out FILE   the report (default <repo>/docs/benchmarks.md)
#
# Steps: 1. builds the ITK program (releng/benchmarks/itk) into <repo>/.cache/bench-itk (a no-op when up
#           to date);
#        2. runs './segsense bench image --size N --raters R --write-inputs DIR --json', which writes the
#           inputs into a temporary DIR and times the Java side (builds the product first if needed);
#        3. runs bench_itk DIR K on the same inputs;
#        4. writes the report.
# Needs: ITK 5.2 development files, cmake, a C++ compiler (Debian: apt-get install libinsighttoolkit5-dev
#        cmake g++), python3 (for the JSON), Java 17 (for ./segsense).
# Environment: ITK_DIR (an ITK 5.2 build/install tree), SEGSENSE_BUILD_JOBS (default: nproc),
#              SEGSENSE_JAVA / SEGSENSE_JAVA_OPTS / SEGSENSE_HOME (see ./segsense),
#              SEGSENSE_CLI (the launcher to run instead of <repo>/segsense).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ME="image-vs-itk.sh"

die() { echo "$ME: $1" >&2; exit "${2:-1}"; }
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; }

SIZE=128
RATERS=5
RUNS=11
OUT="$ROOT/docs/benchmarks.md"
ARGS_GIVEN=()
while [ $# -gt 0 ]; do
  case "$1" in
    --size|--raters|--runs|--out)
      [ $# -ge 2 ] || die "$1 needs a value (see --help)" 2
      case "$1" in
        --size) SIZE="$2" ;;
        --raters) RATERS="$2" ;;
        --runs) RUNS="$2" ;;
        --out) OUT="$2" ;;
      esac
      ARGS_GIVEN+=("$1" "$2")
      shift 2 ;;
    --size=*|--raters=*|--runs=*|--out=*)
      set -- "${1%%=*}" "${1#*=}" "${@:2}" ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" 2 ;;
  esac
done
for pair in "size:$SIZE" "raters:$RATERS" "runs:$RUNS"; do
  v="${pair#*:}"
  [[ "$v" =~ ^[1-9][0-9]*$ ]] || die "--${pair%%:*} must be a positive integer, got '$v'" 2
done
case "$OUT" in /*) ;; *) OUT="$PWD/$OUT" ;; esac
mkdir -p "$(dirname "$OUT")"

command -v python3 >/dev/null 2>&1 \
  || die "python3 not found; it parses the benchmark JSON (Debian: apt-get install python3)" 3

# ---- 1. build bench_itk ---------------------------------------------------------------------------
INSTALL_HINT="apt-get install libinsighttoolkit5-dev cmake g++"
command -v cmake >/dev/null 2>&1 || die "cmake not found ($INSTALL_HINT)" 3
if ! command -v c++ >/dev/null 2>&1 && ! command -v g++ >/dev/null 2>&1 && ! command -v clang++ >/dev/null 2>&1; then
  die "no C++ compiler found ($INSTALL_HINT)" 3
fi
if [ -z "${ITK_DIR:-}" ] && [ ! -f /usr/lib/cmake/ITK-5.2/ITKConfig.cmake ] \
    && [ ! -f /usr/local/lib/cmake/ITK-5.2/ITKConfig.cmake ]; then
  die "ITK 5.2 not found ($INSTALL_HINT, or set ITK_DIR)" 3
fi
BUILD="$ROOT/.cache/bench-itk"
JOBS="${SEGSENSE_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}"
mkdir -p "$BUILD"
# A cache made from another checkout (moved repository) cannot be reused.
if [ -f "$BUILD/CMakeCache.txt" ] \
    && ! grep -qxF "CMAKE_HOME_DIRECTORY:INTERNAL=$HERE/itk" "$BUILD/CMakeCache.txt"; then
  rm -rf "$BUILD/CMakeCache.txt" "$BUILD/CMakeFiles"
fi
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  echo "$ME: configuring the ITK benchmark in $BUILD ..." >&2
  cmake -S "$HERE/itk" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release ${ITK_DIR:+-DITK_DIR="$ITK_DIR"} \
      >"$BUILD/configure.log" 2>&1 \
    || { cat "$BUILD/configure.log" >&2; rm -f "$BUILD/CMakeCache.txt"
         die "configuring the ITK benchmark failed (output above; needs: $INSTALL_HINT)" 4; }
fi
cmake --build "$BUILD" -j "$JOBS" >"$BUILD/build.log" 2>&1 \
  || { cat "$BUILD/build.log" >&2; die "building the ITK benchmark failed (output above)" 4; }
BENCH_ITK="$BUILD/bench_itk"
[ -x "$BENCH_ITK" ] || die "the build did not produce $BENCH_ITK (see $BUILD/build.log)" 4

# ---- 2. the SegSense (Java) side ----------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/segsense-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
INPUTS="$WORK/inputs"
mkdir -p "$INPUTS"

cd "$ROOT"
JAVA_ARGS=(bench image --size "$SIZE" --raters "$RATERS" --write-inputs "$INPUTS" --json)
SEGSENSE_CLI="${SEGSENSE_CLI:-./segsense}"
if help_text="$("$SEGSENSE_CLI" bench image --help 2>&1)"; then
  if grep -q -- '--runs' <<<"$help_text"; then JAVA_ARGS+=(--runs "$RUNS"); fi
else
  echo "$help_text" >&2
  die "'$SEGSENSE_CLI bench image --help' failed (output above): this SegSense build has no 'bench image' command yet? Rebuild the product (./mvnw -DskipTests verify)." 5
fi
echo "$ME: SegSense: $SEGSENSE_CLI ${JAVA_ARGS[*]}" >&2
"$SEGSENSE_CLI" "${JAVA_ARGS[@]}" >"$WORK/segsense.out" \
  || { cat "$WORK/segsense.out" >&2; die "'$SEGSENSE_CLI ${JAVA_ARGS[*]}' failed (output above)" 5; }

# ---- 3. the ITK side ----------------------------------------------------------------------------
echo "$ME: ITK: $BENCH_ITK $INPUTS $RUNS" >&2
"$BENCH_ITK" "$INPUTS" "$RUNS" >"$WORK/itk.out" \
  || { cat "$WORK/itk.out" >&2; die "bench_itk failed (output above)" 6; }

# ---- 4. the report ------------------------------------------------------------------------------
JAVA_BIN="${SEGSENSE_JAVA:-java}"
JAVA_VERSION="$("$JAVA_BIN" -version 2>&1 | head -n 1 || true)"
JAVA_RUNTIME="$("$JAVA_BIN" -version 2>&1 | sed -n 2p || true)"
CPU_MODEL="$(sed -n 's/^model name[[:space:]]*:[[:space:]]*//p' /proc/cpuinfo 2>/dev/null | head -n 1 || true)"
NPROC="$(nproc 2>/dev/null || echo '?')"
MEM_TOTAL="$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)"
KERNEL="$(uname -sr 2>/dev/null || true)"
NOW="$(date -u '+%Y-%m-%d %H:%M UTC')"
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ "$COMMIT" != unknown ] && [ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null | head -n 1)" ]; then
  COMMIT="$COMMIT (with uncommitted changes)"
fi
REPRO="releng/benchmarks/image-vs-itk.sh${ARGS_GIVEN[*]:+ ${ARGS_GIVEN[*]}}"

export SIZE RATERS RUNS JAVA_VERSION JAVA_RUNTIME CPU_MODEL NPROC MEM_TOTAL KERNEL NOW COMMIT REPRO
DISPLAY_ARGS=("${JAVA_ARGS[@]/#"$INPUTS"/DIR}")
export JAVA_CMD="./segsense ${DISPLAY_ARGS[*]}"
python3 - "$WORK/segsense.out" "$WORK/itk.out" "$WORK/report.md" <<'PY'
import json, os, sys

def load(path, who):
    text = open(path, encoding="utf-8", errors="replace").read()
    try:
        return json.loads(text)
    except ValueError:
        pass
    # Tolerate log lines around the JSON: take the last line that parses as a JSON object.
    for line in reversed(text.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except ValueError:
                continue
    sys.exit(f"image-vs-itk.sh: no JSON object in the {who} output:\n{text}")

seg = load(sys.argv[1], "SegSense")
itk = load(sys.argv[2], "ITK")
seg_ops = seg.get("operations") or {}
itk_ops = itk.get("operations") or {}
if not seg_ops:
    sys.exit("image-vs-itk.sh: the SegSense JSON has no 'operations'")

# operation -> (ITK counterpart, target ratio SegSense/ITK or None)
KNOWN = [
    ("niftiReadGz", "`ImageFileReader<float,3>` (.nii.gz)", 1.0),
    ("niftiWriteGz", "`ImageFileWriter` (.nii.gz, compression on)", 1.0),
    ("resampleNearest", "`ResampleImageFilter` + `NearestNeighborInterpolateImageFunction`", None),
    ("resampleLinear", "`ResampleImageFilter` + `LinearInterpolateImageFunction`", 0.7),
    ("resampleBSpline", "`ResampleImageFilter` + `BSplineInterpolateImageFunction` (order 3)", 0.3),
    ("stapleBinary", "`STAPLEImageFilter<uint8,double>`", 0.3),
    ("stapleMultiLabel", "`MultiLabelSTAPLEImageFilter<uint8,uint8,float>`", 0.3),
    ("distanceMetrics", "`HausdorffDistanceImageFilter` ¹", None),
]
names = [k for k, _, _ in KNOWN] + sorted((set(seg_ops) | set(itk_ops)) - {k for k, _, _ in KNOWN})
info = {k: (c, t) for k, c, t in KNOWN}

def ms(v):
    return "n/a" if v is None else (f"{v:.1f}" if v >= 10 else f"{v:.2f}")

def median(ops, name):
    op = ops.get(name)
    return None if not isinstance(op, dict) or op.get("medianMs") is None else float(op["medianMs"])

rows, met, targeted = [], 0, 0
for name in names:
    counterpart, target = info.get(name, ("—", None))
    s, i = median(seg_ops, name), median(itk_ops, name)
    ratio = s / i if s is not None and i else None
    if target is None:
        status = "—"
    else:
        targeted += 1
        if ratio is None:
            status = "NOT met (no result)"
        elif ratio <= target:
            status = "met"
            met += 1
        else:
            status = "**NOT met**"
    rows.append("| `{}` | {} | {} | {} | {} | {} | {} |".format(
        name, ms(s), ms(i), "n/a" if ratio is None else (f"{ratio:.2f}" if ratio >= 0.1 else f"{ratio:.3f}"),
        "—" if target is None else f"≤ {target:g}", status, counterpart))

e = os.environ
def runs(ops):
    r = sorted({op.get("runs") for op in ops.values() if isinstance(op, dict) and op.get("runs") is not None})
    return ", ".join(map(str, r)) or "?"
iters = []
for name in ("stapleBinary", "stapleMultiLabel"):
    a = (seg_ops.get(name) or {}).get("iterations")
    b = (itk_ops.get(name) or {}).get("iterations")
    if a is not None or b is not None:
        iters.append(f"`{name}` iterations: SegSense {a if a is not None else 'n/a'}, "
                     f"ITK {b if b is not None else 'n/a'}")
hd = (itk_ops.get("distanceMetrics") or {}).get("hausdorffMm")

out = []
w = out.append
w("# SegSense vs ITK 5.2: imaging benchmark")
w("")
w("Written by `releng/benchmarks/image-vs-itk.sh`; do not edit by hand, rerun the script.")
w("")
w("## Machine")
w("")
w(f"- Date: {e['NOW']}")
w(f"- CPU: {e['CPU_MODEL'] or 'unknown'}; `nproc`: {e['NPROC']}" + (f"; memory: {e['MEM_TOTAL']}" if e['MEM_TOTAL'] else ""))
w(f"- OS: {e['KERNEL'] or 'unknown'}")
w(f"- Java: {e['JAVA_VERSION'] or 'unknown'}" + (f" ({e['JAVA_RUNTIME']})" if e['JAVA_RUNTIME'] else ""))
w(f"- ITK: {itk.get('itkVersion', '5.2')}, built with CMake in Release mode")
w(f"- Threads: SegSense {seg.get('threads', '?')}, ITK {itk.get('threads', '?')} "
  "(`MultiThreaderBase::GetGlobalDefaultNumberOfThreads()`)")
w(f"- Repository: {e['COMMIT']}")
w("")
w("## Results")
w("")
w(f"Inputs: {e['SIZE']}³ voxels (float32 image, uint8 masks, 1 mm spacing), {e['RATERS']} raters. "
  f"Median wall time in ms; runs per operation: SegSense {runs(seg_ops)}, ITK {runs(itk_ops)} "
  "(ITK after one untimed warm-up run; SegSense after JIT warm-up: at least 3 untimed runs, then more until 2 s "
  "have passed, at most 60 — tiered compilation of the resampling loops takes 20–35 runs). "
  "Ratio = SegSense / ITK: below 1 means SegSense is faster.")
w("")
w("| Operation | SegSense (ms) | ITK (ms) | SegSense/ITK | Target | Status | ITK counterpart |")
w("|---|---:|---:|---:|---:|---|---|")
out.extend(rows)
w("")
w(f"**{met} of {targeted} targets met.**")
w("")
w("¹ ITK has no HD95. SegSense's `distanceMetrics` (its HD95 computation) is compared with "
  "`itk::HausdorffDistanceImageFilter` on the same pred/ref masks (the symmetric maximum Hausdorff "
  "distance), the closest ITK operation" + (f"; ITK's Hausdorff distance here: {hd:g} mm." if hd is not None else "."))
w("")
w("Resampling: output grid = input grid, default value 0, `Euler3DTransform` with rotation "
  "(5°, −3°, 2°), translation (1.5, −2.0, 0.5) mm, centre at the image centre. "
  "Only the operation is timed; file I/O is excluded except for `niftiReadGz`/`niftiWriteGz`.")
if iters:
    w("")
    w("; ".join(iters) + ".")
w("")
w("## Notes")
w("")
w("- The ratios come from one run of the script: both sides ran one after the other on the same "
  "machine, on the same input files. Timings vary between machines and between runs (CPU frequency, "
  "other load); compare ratios, not absolute times, and rerun on the machine of interest.")
w("- ITK runs with its default multithreading on all cores; note that `STAPLEImageFilter` and "
  "`MultiLabelSTAPLEImageFilter` are essentially single-threaded in ITK 5.2.")
w("")
w("## Reproduce")
w("")
w("```sh")
w(e["REPRO"])
w("```")
w("")
w("Needs ITK 5.2 development files, cmake, g++ (`apt-get install libinsighttoolkit5-dev cmake g++`), "
  "python3 and Java 17. The script builds `releng/benchmarks/itk/bench_itk.cxx` into `.cache/bench-itk`, "
  f"runs `{e['JAVA_CMD']}` (which writes the inputs into a temporary DIR) and then `bench_itk DIR {e['RUNS']}`.")
w("")
w("<details><summary>Raw JSON</summary>")
w("")
w("SegSense:")
w("")
w("```json")
w(json.dumps(seg, indent=1))
w("```")
w("")
w("ITK:")
w("")
w("```json")
w(json.dumps(itk, indent=1))
w("```")
w("")
w("</details>")
open(sys.argv[3], "w", encoding="utf-8").write("\n".join(out) + "\n")
print(f"image-vs-itk.sh: {met} of {targeted} targets met", file=sys.stderr)
PY
# Keep the sections that releng/benchmarks/inference.sh and study.sh maintain in the same file.
for section in inference-benchmark study-benchmark; do
  if [ -f "$OUT" ] && grep -q "<!-- $section:begin -->" "$OUT"; then
    { echo; sed -n "/<!-- $section:begin -->/,/<!-- $section:end -->/p" "$OUT"; } >> "$WORK/report.md"
  fi
done
mv -f "$WORK/report.md" "$OUT"
echo "$ME: wrote the report to $OUT"
