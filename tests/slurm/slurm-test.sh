#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# segsense slurm on a real single-node Slurm cluster (slurmctld, slurmd, munged from Debian, started here on
# private loopback ports and stopped by their pid files at the end): a small real study (a tiny U-Net trained
# here) submitted as 4 array tasks equals a single 'segsense run' and gets its report from the merge job; an
# array task cancelled mid-run shows as unfinished and 'slurm resubmit' finishes it; the --dry-run scripts line
# by line; the errors (fewer jobs than shards, no sbatch, an unreachable controller, a shard of another study).
# Needs root (slurmd) and the built product (tests/run.sh builds it first). Prints "N passed, M failed".
set -uo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
segsense="$repo/segsense"
# shellcheck source=cluster.sh
source "$repo/tests/slurm/cluster.sh"

if [ "$(id -u)" != 0 ]; then
  echo "tests/slurm/slurm-test.sh: needs root to start slurmd; run it as root (tests/run.sh does in CI)." >&2
  exit 2
fi
if ! command -v slurmctld >/dev/null 2>&1 || ! command -v munged >/dev/null 2>&1; then
  echo "tests/slurm/slurm-test.sh: installing slurm-wlm munge ..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null || {
    echo "tests/slurm/slurm-test.sh: cannot install slurm-wlm and munge (apt-get install slurm-wlm munge)." >&2; exit 2; }
fi

work="$(mktemp -d)"
chmod 755 "$work"
cluster="$work/cluster"
trap 'cluster_stop "$cluster"; rm -rf "$work"' EXIT

# shellcheck source=../lib/check.sh
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../lib/check.sh"
CHECK_SHOW_LINES=30
# wait_gone JOBIDS SECONDS: until Slurm queues none of the jobs (array tasks included)
wait_gone() {
  local i
  for i in $(seq 1 "$2"); do
    [ -z "$(squeue -h -r -o %i -j "$1" 2>/dev/null)" ] && return 0
    sleep 1
  done
  echo "jobs $1 still queued after $2 s:"; squeue -r -j "$1"; return 1
}
prop() { sed -n "s/^$2=//p" "$1/slurm/submission.properties"; }

t0=$(date +%s)
if ! cluster_start "$cluster"; then
  echo "FAIL  a private Slurm cluster starts"; tail -20 "$cluster"/*.log "$cluster"/munge/*.log 2>/dev/null; exit 1
fi
pass "a private Slurm cluster starts (munged, slurmctld, slurmd; up after $(( $(date +%s) - t0 )) s)"

# A small real study: the synthetic case of 'bench image', a tiny U-Net trained on it, 43 jobs.
"$segsense" bench image --size 32 --runs 1 --write-inputs "$work/case" >/dev/null
check "train a tiny U-Net" 0 "rained" -- "$segsense" train --image "$work/case/image.nii.gz" --labels "$work/case/ref.nii.gz" \
  --architecture unet --iterations 40 --patch 16,16,16 --seed 3 --out "$work/case/tiny-unet"
study_xml() {  # study_xml ID SEED NOISE_STEPS
  cat <<XMI
<?xml version="1.0" encoding="UTF-8"?>
<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="$1" seed="$2">
  <cases id="c1"><channels name="t1" path="image.nii.gz"/><labelImage path="ref.nii.gz"/></cases>
  <modelVariants id="unet"><savedModel path="tiny-unet"/></modelVariants>
  <axes id="noise" perturbationType="gaussian-noise" sweptParameter="sigma"><sweep xsi:type="segsense:RangeSweep" start="0.1" stop="1" steps="$3"/></axes>
  <axes id="rot" perturbationType="rotation" sweptParameter="rz"><sweep xsi:type="segsense:ExplicitSweep" values="-10 10"/></axes>
  <design xsi:type="segsense:OneAtATimeDesign"/>
  <reference xsi:type="segsense:GroundTruthReference"/>
  <metrics id="dice" metricType="dice"/>
  <metrics id="hd95" metricType="hd95"/>
  <execution threads="1" device="cpu"/>
</segsense:Study>
XMI
}
study_xml slurm 11 40 > "$work/case/study.segsense"
study_xml other 12 2 > "$work/case/other.segsense"
study="$work/case/study.segsense"

# --- the scripts, exactly ------------------------------------------------------------------------------
dry_env=(env -u SEGSENSE_JAVA SEGSENSE_JAVA_OPTS=-Xmx2g TF_ENABLE_ONEDNN_OPTS=1 TF_CPP_MIN_LOG_LEVEL=1)
"${dry_env[@]}" "$segsense" slurm submit "$study" --out "$work/dry" --shards 4 --partition debug --account lab --time 30:00 \
  --mem 2G --cpus-per-task 1 --gpus 1 --dry-run > "$work/dry.txt" 2>&1
dry_code=$?
s="$work/dry/slurm"
cat > "$work/dry-expected.txt" <<EXPECTED
# $s/shards.sbatch
#!/bin/bash
# Written by segsense slurm submit: array task I runs shard I/4 of study slurm into its own folder, resuming it after a requeue or a resubmission.
#SBATCH --job-name=segsense-slurm
#SBATCH --array=1-4
#SBATCH --output=$s/logs/shard-%a.log
#SBATCH --open-mode=append
#SBATCH --requeue
#SBATCH --partition=debug
#SBATCH --account=lab
#SBATCH --time=30:00
#SBATCH --mem=2G
#SBATCH --cpus-per-task=1
#SBATCH --gpus=1
set -euo pipefail
@HOME@
export SEGSENSE_JAVA_OPTS='-Xmx2g'
export TF_ENABLE_ONEDNN_OPTS='1'
export TF_CPP_MIN_LOG_LEVEL='1'
shard=\$(printf '%03d' "\$SLURM_ARRAY_TASK_ID")
exec '$segsense' run '$study' --out '$s/shards/shard-'"\$shard" --shard "\$SLURM_ARRAY_TASK_ID/4" --resume --shared-references '$s/shared' --threads 1
# $s/merge.sbatch
#!/bin/bash
# Written by segsense slurm submit: merges the 4 shards of study slurm into the run folder and writes its report; runs after every array task succeeded (afterok).
#SBATCH --job-name=segsense-slurm-merge
#SBATCH --output=$s/logs/merge.log
#SBATCH --open-mode=append
#SBATCH --partition=debug
#SBATCH --account=lab
#SBATCH --time=30:00
#SBATCH --mem=2G
set -euo pipefail
@HOME@
export SEGSENSE_JAVA_OPTS='-Xmx2g'
export TF_ENABLE_ONEDNN_OPTS='1'
export TF_CPP_MIN_LOG_LEVEL='1'
'$segsense' merge \\
  '$s/shards/shard-001' \\
  '$s/shards/shard-002' \\
  '$s/shards/shard-003' \\
  '$s/shards/shard-004' \\
  --out '$work/dry'
exec '$segsense' report '$work/dry'
# submitted with:
sbatch --parsable $s/shards.sbatch
sbatch --parsable --dependency=afterok:<ARRAY_JOB_ID> $s/merge.sbatch
EXPECTED
if [ -n "${SEGSENSE_HOME:-}" ]; then   # an installed product (SEGSENSE_HOME) is passed to the nodes
  sed -i "s|^@HOME@\$|export SEGSENSE_HOME='$SEGSENSE_HOME'|" "$work/dry-expected.txt"
else
  sed -i '/^@HOME@$/d' "$work/dry-expected.txt"
fi
check "--dry-run prints exactly the scripts and sbatch lines" 0 "^same$" -- bash -c \
  "[ $dry_code = 0 ] && diff '$work/dry-expected.txt' '$work/dry.txt' && echo same"
check "--dry-run writes nothing" 0 "^nothing$" -- bash -c "[ ! -e '$work/dry' ] && echo nothing"

# --- errors ----------------------------------------------------------------------------------------------
check "fewer jobs than shards" 2 "expands into 43 job\(s\), fewer than the 44 shards.*--shards 43 or fewer" -- \
  "$segsense" slurm submit "$study" --out "$work/e1" --shards 44
mkdir -p "$work/nosbatch"   # PATH without Slurm's programs
for f in /usr/bin/*; do case "${f##*/}" in sbatch|squeue|scancel|sinfo|srun|salloc|scontrol|sacct) ;; *) ln -s "$f" "$work/nosbatch/";; esac; done
check "no sbatch on PATH" 2 "sbatch was not found on PATH.*--dry-run" -- env PATH="$work/nosbatch" "$segsense" slurm submit "$study" --out "$work/e2" --shards 4
check "... and nothing was written" 0 "^nothing$" -- bash -c "[ ! -e '$work/e2' ] && echo nothing"
sed "s/^SlurmctldPort=.*/SlurmctldPort=$(( $(sed -n 's/^SlurmctldPort=//p' "$SLURM_CONF") + 700 ))/" "$SLURM_CONF" > "$work/unreachable.conf"
check "an unreachable controller" 1 "sbatch could not submit .*Unable to contact slurm controller.*sinfo" -- \
  env SLURM_CONF="$work/unreachable.conf" "$segsense" slurm submit "$study" --out "$work/e3" --shards 4
check "... leaves nothing behind" 0 "^nothing$" -- bash -c "[ ! -e '$work/e3' ] && echo nothing"
check "status of a folder that is not a Slurm run" 2 "not a run folder of segsense slurm submit" -- "$segsense" slurm status "$work/case"

# --- 4 array tasks + merge = one run ---------------------------------------------------------------------
check "a single run of the study" 0 "completed" -- "$segsense" run "$study" --out "$work/single" --threads 1
t0=$(date +%s)
check "submit as 4 array tasks" 0 "Submitted study slurm \(43 jobs\) as array job [0-9]+ \(4 shards of 10–11 jobs\) and merge job [0-9]+" -- \
  "$segsense" slurm submit "$study" --out "$work/r4" --shards 4 --cpus-per-task 1
wait_gone "$(prop "$work/r4" array.jobs),$(prop "$work/r4" merge.job)" 600
echo "4 shards + merge + report on the cluster: $(( $(date +%s) - t0 )) s"
check "the merged run equals the single run (results.csv)" 0 "^identical$" -- bash -c "cmp '$work/single/results.csv' '$work/r4/results.csv' && echo identical"
check "the merged run is complete" 0 '"run.status": "completed"' -- cat "$work/r4/provenance.json"
check "the merge job wrote the report" 0 "Report: .*r4/report/index.html" -- cat "$work/r4/slurm/logs/merge.log"
check "... and it exists" 0 "data-section=\"curves\"" -- cat "$work/r4/report/index.html"
check "status: every shard done" 0 "43 of 43 jobs done, 0 failed, 0 pending; 0 of 4 shards unfinished; merged: yes, report: yes" -- \
  "$segsense" slurm status "$work/r4"
check "status --json" 0 '"jobs":43,"done":43,"failed":0,"pending":0,"merged":true,"report":true' -- \
  bash -c "'$segsense' --json slurm status '$work/r4' | tr -d ' \n'"
check "resubmit of a merged run has nothing to do" 0 "Nothing to resubmit" -- "$segsense" slurm resubmit "$work/r4"

# --- an array task cancelled mid-run, then resubmitted --------------------------------------------------
# A larger study than above (403 jobs, shards of 100-101), so that shard 2 is still running for a second or more
# after its first committed job: on an idle machine the 11-job shards above finish within one poll of its log.
study_xml slurmk 11 400 > "$work/case/big.segsense"
big="$work/case/big.segsense"
check "a single run of the larger study" 0 "completed" -- "$segsense" run "$big" --out "$work/big-single" --threads 1
check "submit it as 4 array tasks" 0 "Submitted study slurmk \(403 jobs\) as array job [0-9]+ \(4 shards of 100–101 jobs\)" -- \
  "$segsense" slurm submit "$big" --out "$work/k4" --shards 4 --cpus-per-task 1
array=$(prop "$work/k4" array.jobs)
for i in $(seq 1 6000); do   # until shard 2 has committed a job (its progress lines, every 5 jobs, go to its log)
  grep -Eq "run: [1-9][0-9]*/" "$work/k4/slurm/logs/shard-2.log" 2>/dev/null && break
  sleep 0.05
done
check "scancel shard 2 mid-run" 0 "" -- scancel "${array}_2"
wait_gone "$array" 600
check "status: shard 2 is unfinished (read from its store)" 1 "^2/4 +101 +([1-9]|[1-9][0-9]|100) +0 +([1-9]|[1-9][0-9]|100) +unfinished" -- \
  "$segsense" slurm status "$work/k4"
check "the merge job was not run" 0 "^not merged$" -- bash -c "[ ! -e '$work/k4/results.sqlite' ] && echo not merged"
check "resubmit runs only shard 2 and a new merge job" 0 "Resubmitted shard\(s\) \[2\] of 4 as array job [0-9]+ and the merge job [0-9]+" -- \
  "$segsense" slurm resubmit "$work/k4"
wait_gone "$(prop "$work/k4" array.jobs),$(prop "$work/k4" merge.job)" 600
check "status after resubmit: done and merged" 0 "403 of 403 jobs done.*merged: yes, report: yes" -- "$segsense" slurm status "$work/k4"
check "the resubmitted run equals the single run" 0 "^identical$" -- bash -c "cmp '$work/big-single/results.csv' '$work/k4/results.csv' && echo identical"
check "shard 2 resumed its store (jobs done before were kept)" 0 "completed.* [1-9][0-9]* done before" -- cat "$work/k4/slurm/logs/shard-2.log"

# --- a consensus study: 4 shards computing side by side share each case's majority vote -------------------
cat > "$work/case/mv.segsense" <<XMI
<?xml version="1.0" encoding="UTF-8"?>
<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="mv" seed="13">
  <cases id="c1"><channels name="t1" path="image.nii.gz"/><labelImage path="ref.nii.gz"/></cases>
  <modelVariants id="a"><savedModel path="tiny-unet"/></modelVariants>
  <modelVariants id="b"><savedModel path="tiny-unet"/></modelVariants>
  <axes id="noise" perturbationType="gaussian-noise" sweptParameter="sigma"><sweep xsi:type="segsense:RangeSweep" start="0.1" stop="1" steps="5"/></axes>
  <design xsi:type="segsense:OneAtATimeDesign"/>
  <reference xsi:type="segsense:MajorityVoteReference" raters="//@modelVariants.0 //@modelVariants.1"/>
  <metrics id="dice" metricType="dice"/>
  <execution threads="1" device="cpu"/>
</segsense:Study>
XMI
check "a single run of the consensus study" 0 "completed" -- "$segsense" run "$work/case/mv.segsense" --out "$work/mv-single" --threads 1
check "submit it as 4 array tasks" 0 "Submitted study mv" -- "$segsense" slurm submit "$work/case/mv.segsense" --out "$work/mv4" --shards 4 --cpus-per-task 1
wait_gone "$(prop "$work/mv4" array.jobs),$(prop "$work/mv4" merge.job)" 600
check "the shards shared one reference of the case" 0 "^c1.lock c1.nii.gz c1.staple.json$" -- bash -c \
  "echo \$(ls '$work/mv4/slurm/shared' | grep -v references) \$(ls '$work/mv4/slurm/shared/references')"
check "... and the merged run equals the single run" 0 "^identical$" -- bash -c "cmp '$work/mv-single/results.csv' '$work/mv4/results.csv' && echo identical"

# --- a shard folder of another study --------------------------------------------------------------------
cp -r "$work/r4" "$work/x4"
rm -rf "$work/x4/slurm/shards/shard-002"
"$segsense" run "$work/case/other.segsense" --out "$work/x4/slurm/shards/shard-002" --shard 2/4 >/dev/null 2>&1
check "status refuses a shard folder of another study" 2 "shard-002 holds a run of another study or shard \(study other.*Move that folder away" -- \
  "$segsense" slurm status "$work/x4"

check_summary
