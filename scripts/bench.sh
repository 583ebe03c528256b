#!/usr/bin/env bash
# Benchmarks the chain at France scale against the floor of merely reading and writing the data.
#
#   scripts/bench.sh [--scale 0.01|0.1|1] [--profile]
#
# Scale 1 is 350,000 establishments × 60 months, every source (vigie sample). Steps, each its own
# spark-submit in local mode with the machine's cores and the same JVM settings:
#   generate  vigie sample (timed, but not part of the chain)
#   floor     Spark's CSV reader over every input file, written back as Parquet, nothing else
#   ingest, panel, train, score   the chain
#   write_floor (after panel, not part of the chain) the panels and bilans/ just written, read and
#             written again with the same writer and layout: the cost of the output itself
# Writes bench/results/<date>-<scale>-<commit>.json (runs before and after a change sit side by
# side): per step wall time, peak resident memory of the JVM (GNU time), input and output rows and
# bytes, and the ratios step / floor; every figure is read from the run (manifests, file sizes, the
# OS). --profile also keeps Spark event logs in the work folder (bench/work/<scale>/events,
# readable with Spark's history server or scripts/bench_profile.py).
#
# Environment: VIGIE_BENCH_DIR (work folder, default bench/work), VIGIE_DRIVER_MEMORY (default 10g, the
# heap issue 18 allows).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

scale=0.01
profile=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scale) [[ $# -ge 2 ]] || { echo "bench.sh: --scale needs a value" >&2; exit 2; }; scale="$2"; shift 2 ;;
    --scale=*) scale="${1#--scale=}"; shift ;;
    --profile) profile=true; shift ;;
    -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$scale" =~ ^(0\.[0-9]+|1(\.0+)?)$ ]] || { echo "bench.sh: --scale must be a number in (0, 1], got $scale" >&2; exit 2; }
establishments=$(awk -v s="$scale" 'BEGIN { printf "%d", 350000 * s + 0.5 }')
months=60
[[ "$establishments" -gt 0 ]] || { echo "bench.sh: --scale $scale gives no establishment" >&2; exit 2; }

# peak resident memory comes from GNU time; Debian ships it as the package "time"
if [[ ! -x /usr/bin/time ]]; then
  echo "bench.sh: installing GNU time (apt-get install time) for peak memory" >&2
  { apt-get install -y -q time || { apt-get update -q && apt-get install -y -q time; }; } >/dev/null 2>&1 \
    || { echo "bench.sh: /usr/bin/time is missing and could not be installed" >&2; exit 1; }
fi

vigie_build_if_needed
export VIGIE_DRIVER_MEMORY="${VIGIE_DRIVER_MEMORY:-10g}"
work="${VIGIE_BENCH_DIR:-$VIGIE_HOME/bench/work}/$scale"
input="$work/input"
output="$work/output"
head=$(git -C "$VIGIE_HOME" rev-parse --short HEAD 2>/dev/null || echo unknown)
results="$VIGIE_HOME/bench/results/$(date -u +%Y-%m-%d)-$scale-$head.json"
rm -rf "$work"
mkdir -p "$work" "$(dirname "$results")"
steps="$work/steps.tsv"
: >"$steps"

spark_conf=()
if $profile; then
  mkdir -p "$work/events"
  spark_conf=(--conf spark.eventLog.enabled=true --conf spark.eventLog.compress=false --conf "spark.eventLog.dir=file://$work/events")
fi

# step NAME vigie-arguments...: one spark-submit, its wall time and the JVM's peak RSS in steps.tsv
step() {
  local name="$1"
  shift
  echo "bench.sh [$scale]: $name..." >&2
  local start end
  start=$(date +%s.%N)
  if ! /usr/bin/time -f '%M' -o "$work/$name.rss" "$VIGIE_HOME/scripts/spark-submit.sh" "${spark_conf[@]}" "$@" \
      >"$work/$name.log" 2>&1; then
    echo "bench.sh: step $name failed; the end of $work/$name.log:" >&2
    tail -20 "$work/$name.log" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  printf '%s\t%s\t%s\n' "$name" "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')" \
    "$(tail -1 "$work/$name.rss")" >>"$steps"
  echo "bench.sh [$scale]: $name $(tail -1 "$steps" | cut -f2) s" >&2
}

step generate sample --output "$input" --establishments "$establishments" --months "$months"
step floor floor --input "$input" --output "$work/floor"
step ingest ingest --input "$input" --output "$output"
step panel panel --input "$input" --output "$output"
step write_floor floor --panel-outputs --input "$input" --output "$output"
step train train --input "$input" --output "$output"
step score score --input "$input" --output "$output"

python3 "$VIGIE_HOME/scripts/bench_results.py" --scale "$scale" --establishments "$establishments" \
  --months "$months" --work "$work" --driver-memory "$VIGIE_DRIVER_MEMORY" --commit "$head" >"$results"
echo "bench.sh: results in $results" >&2
python3 "$VIGIE_HOME/scripts/bench_results.py" --table "$results" >&2
