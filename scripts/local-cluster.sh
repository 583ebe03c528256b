#!/usr/bin/env bash
# A real Spark standalone cluster on loopback, from the jars Maven resolved into target/lib (no Spark
# distribution): one master and two workers with 1 core each.
#
#   scripts/local-cluster.sh start    # prints the master URL, spark://127.0.0.1:7177
#   scripts/local-cluster.sh status
#   scripts/local-cluster.sh stop     # safe to call twice
#
#   scripts/spark-submit.sh --master "$(scripts/local-cluster.sh url)" run --input ... --output ...
#
# Environment: VIGIE_CLUSTER_DIR (state: pids, logs, work dirs, master URL; default
# target/local-cluster), VIGIE_CLUSTER_MASTER_PORT (7177), VIGIE_CLUSTER_MASTER_UI_PORT (0: a free
# port, printed by status), VIGIE_CLUSTER_WORKER_MEMORY (2g), VIGIE_CLUSTER_WORKERS (2),
# VIGIE_CLUSTER_TIMEOUT (seconds to wait for the registrations, 90).
#
# Each daemon runs in its own process group (setsid); the executors a worker launches are its
# children, in its group. stop signals exactly the groups whose leaders it recorded, nothing by name.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
  sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

dir="${VIGIE_CLUSTER_DIR:-$VIGIE_HOME/target/local-cluster}"
master_port="${VIGIE_CLUSTER_MASTER_PORT:-7177}"
master_ui_port="${VIGIE_CLUSTER_MASTER_UI_PORT:-0}"
worker_memory="${VIGIE_CLUSTER_WORKER_MEMORY:-2g}"
workers="${VIGIE_CLUSTER_WORKERS:-2}"
timeout="${VIGIE_CLUSTER_TIMEOUT:-90}"
master_url="spark://127.0.0.1:$master_port"

daemons() {
  echo master
  for ((i = 1; i <= workers; i++)); do echo "worker-$i"; done
}

# The recorded pid of a daemon when that process still runs and is the one we started (its command
# line names our state folder): a recycled pid is never signalled.
live_pid() {
  local file="$dir/$1.pid" pid
  [[ -f "$file" ]] || return 1
  pid="$(cat "$file")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "-Dvigie.cluster.dir=$dir" || return 1
  echo "$pid"
}

# true while any process of the group led by $1 (the daemon or an executor it launched) is alive
group_alive() {
  kill -0 -- "-$1" 2>/dev/null
}

spark_home() {
  local home="$dir/spark-home"
  rm -rf "$home/jars"
  mkdir -p "$home/jars" "$home/conf"
  local jar
  for jar in "$VIGIE_HOME"/target/lib/*.jar; do ln -s "$jar" "$home/jars/"; done
  echo "$home"
}

launch() { # name, main class, arguments...
  local name="$1" class="$2"
  shift 2
  # setsid: the daemon leads a new process group (its pid is the group id), detached from our terminal
  setsid java "${SPARK_JAVA_OPENS[@]}" -Xmx512m -Dvigie.cluster.dir="$dir" -cp "$SPARK_HOME/jars/*" \
    "$class" "$@" </dev/null >"$dir/logs/$name.log" 2>&1 &
  echo $! >"$dir/$name.pid"
}

registered_workers() {
  grep -c "Registering worker" "$dir/logs/master.log" 2>/dev/null || true
}

start_failed() {
  echo "local-cluster: start failed; stopping what started" >&2
  stop >&2 || true
  exit 1
}

start() {
  local name
  for name in $(daemons); do
    if live_pid "$name" >/dev/null; then
      echo "local-cluster: already running ($name, pid $(live_pid "$name")); stop it first" >&2
      exit 1
    fi
  done
  vigie_build_if_needed
  mkdir -p "$dir/logs" "$dir/work"
  rm -f "$dir"/*.pid "$dir"/logs/*.log "$dir/master-url"
  export SPARK_HOME
  SPARK_HOME="$(spark_home)"
  export SPARK_SCALA_VERSION=2.13 # without it a worker cannot build an executor's command line
  export SPARK_LOCAL_IP=127.0.0.1
  export SPARK_LOG_DIR="$dir/logs"
  launch master org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port "$master_port" --webui-port "$master_ui_port"
  for ((i = 1; i <= workers; i++)); do
    mkdir -p "$dir/work/worker-$i"
    launch "worker-$i" org.apache.spark.deploy.worker.Worker \
      --host 127.0.0.1 --port 0 --webui-port 0 --cores 1 --memory "$worker_memory" \
      --work-dir "$dir/work/worker-$i" "$master_url"
  done
  local waited=0
  while [[ "$(registered_workers)" -lt "$workers" ]]; do
    for name in $(daemons); do
      if ! live_pid "$name" >/dev/null; then
        echo "local-cluster: $name died while starting; its log, $dir/logs/$name.log:" >&2
        tail -n 20 "$dir/logs/$name.log" >&2
        start_failed
      fi
    done
    if ((waited >= timeout * 2)); then
      echo "local-cluster: $(registered_workers) of $workers workers registered after ${timeout}s; see $dir/logs" >&2
      start_failed
    fi
    sleep 0.5
    waited=$((waited + 1))
  done
  echo "$master_url" >"$dir/master-url"
  echo "$master_url"
}

# The process groups to stop: those of the recorded daemons, also when a daemon died and left
# executors behind (then a member of the group must run under our state folder).
recorded_groups() {
  local name pid member
  for name in $(daemons); do
    [[ -f "$dir/$name.pid" ]] || continue
    pid="$(cat "$dir/$name.pid")"
    [[ "$pid" =~ ^[0-9]+$ ]] || continue
    if live_pid "$name" >/dev/null; then echo "$pid"; continue; fi
    for member in $(ps -e -o pid=,pgid= | awk -v g="$pid" '$2 == g {print $1}'); do
      if [[ "$(readlink "/proc/$member/cwd" 2>/dev/null)" == "$dir"/* ]]; then echo "$pid"; break; fi
    done
  done
}

stop() {
  local pid waited pids=()
  for pid in $(recorded_groups); do
    kill -TERM -- "-$pid" 2>/dev/null || true
    pids+=("$pid")
  done
  for pid in "${pids[@]}"; do
    waited=0
    while group_alive "$pid" && ((waited < 40)); do sleep 0.25; waited=$((waited + 1)); done
    # a daemon or an executor that ignored SIGTERM for 10 s
    if group_alive "$pid"; then kill -KILL -- "-$pid" 2>/dev/null || true; fi
  done
  for pid in "${pids[@]}"; do
    waited=0
    while group_alive "$pid" && ((waited < 20)); do sleep 0.25; waited=$((waited + 1)); done
    if group_alive "$pid"; then echo "local-cluster: process group $pid survived SIGKILL" >&2; return 1; fi
  done
  rm -f "$dir"/*.pid "$dir/master-url"
  if [[ ${#pids[@]} -gt 0 ]]; then
    echo "local-cluster: stopped process groups ${pids[*]} (master, workers and their executors)"
  else
    echo "local-cluster: not running"
  fi
}

status() {
  local name pid running=0
  for name in $(daemons); do
    if pid="$(live_pid "$name")"; then
      running=$((running + 1))
      local executors
      executors="$( (ps -o pid= --ppid "$pid" 2>/dev/null || true) | wc -l)"
      echo "$name: running, pid $pid$([[ $name == worker-* ]] && echo ", $executors executor process(es)")"
    else
      echo "$name: not running"
    fi
  done
  if ((running > 0)); then
    echo "master: $master_url, $(registered_workers) worker registration(s) in its log"
    local ui
    ui="$(grep -o 'MasterWebUI.*started at http://[^ ]*' "$dir/logs/master.log" 2>/dev/null | grep -o 'http://.*' | tail -n 1 || true)"
    [[ -n "$ui" ]] && echo "master UI: $ui"
  fi
  echo "state: $dir"
  ((running == $(daemons | wc -l)))
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  url) [[ -f "$dir/master-url" ]] && cat "$dir/master-url" || { echo "local-cluster: not running" >&2; exit 1; } ;;
  -h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
