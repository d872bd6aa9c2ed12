#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# A private single-node Slurm cluster for tests, sourced by tests/slurm/slurm-test.sh:
#   cluster_start DIR   munged on its own socket and key, slurmctld and slurmd with DIR/slurm.conf on private
#                       loopback ports; exports SLURM_CONF; waits until the node is idle
#   cluster_stop DIR    stops the three daemons by the pids in their pid files (never by name)
# Needs root (slurmd), Debian's slurm-wlm and munge (tests/run.sh installs them).

cluster_start() {
  local dir="$1" host port
  mkdir -p "$dir/state" "$dir/spool" "$dir/munge"
  chmod 755 "$dir"
  host="$(hostname -s)"
  # munge: a key and a socket of this cluster only, the daemon running as the munge user
  mungekey --create --keyfile="$dir/munge/munge.key" --force >/dev/null 2>&1 || dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 2>/dev/null
  chown -R munge:munge "$dir/munge"; chmod 700 "$dir/munge"; chmod 400 "$dir/munge/munge.key"
  su -s /bin/sh munge -c "/usr/sbin/munged --socket='$dir/munge/socket' --key-file='$dir/munge/munge.key' \
      --pid-file='$dir/munge/munged.pid' --log-file='$dir/munge/munged.log' --seed-file='$dir/munge/seed' --force" || return 1
  chmod 711 "$dir/munge"
  # private ports: 17000-17998, chosen by this shell's pid
  port=$((17000 + ($$ % 500) * 2))
  cat > "$dir/slurm.conf" <<CONF
ClusterName=segsensetest
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmctldPort=$port
SlurmdPort=$((port + 1))
AuthType=auth/munge
AuthInfo=socket=$dir/munge/socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MessageTimeout=5
SchedulerParameters=sched_interval=2
# 4 CPUs whatever the machine has (config_overrides): 4 one-CPU array tasks start at once (their JVM start-up
# is mostly single-threaded), so a test of 4 shards takes one round
SlurmdParameters=config_overrides
NodeName=$host NodeAddr=127.0.0.1 CPUs=4 RealMemory=4000 State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF="$dir/slurm.conf"
  slurmctld -f "$SLURM_CONF" || return 1
  slurmd -f "$SLURM_CONF" || return 1
  local i
  for i in $(seq 1 60); do
    if sinfo -h -o '%T' 2>/dev/null | grep -qx idle; then return 0; fi
    sleep 1
  done
  echo "cluster.sh: the node did not become idle in 60 s (see $dir/slurmctld.log, $dir/slurmd.log)" >&2
  return 1
}

cluster_stop() {
  local dir="$1" f pid i
  for f in "$dir/slurmd.pid" "$dir/slurmctld.pid" "$dir/munge/munged.pid"; do
    [ -f "$f" ] || continue
    pid="$(cat "$f")"
    [ -n "$pid" ] || continue
    kill "$pid" 2>/dev/null || continue
    for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
}
