#!/usr/bin/env bash
# Holds today's panels to those of an earlier commit, cell for cell, on one generated sample.
#
#   scripts/panel-equivalence.sh [--scale 0.1] [--reference d841e94]
#
# Generates the bench sample of the scale (350,000 establishments x scale, 60 months from 2015-01,
# seed 1), ingests it once with this checkout, builds panel/ and panel_entreprise/ from those same
# sources with the reference commit (built in a worktree under the work folder) and with this
# checkout, then compares them with vigie diff (this checkout's wide view: panel joined to bilans/).
# Writes bench/results/<date>-equivalence-<scale>-<reference>-<commit>.txt: the timings and the two
# reports (equal, or every differing column with examples). Default reference: d841e94, the last
# SQL plan, with exact money.
#
# Environment: VIGIE_BENCH_DIR (work folder, default bench/work), VIGIE_DRIVER_MEMORY (default 12g).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

scale=0.1
reference=d841e94
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --reference) reference="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "panel-equivalence.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
establishments=$(awk -v s="$scale" 'BEGIN { printf "%d", 350000 * s + 0.5 }')
export VIGIE_DRIVER_MEMORY="${VIGIE_DRIVER_MEMORY:-12g}"
vigie_build_if_needed
work="${VIGIE_BENCH_DIR:-$VIGIE_HOME/bench/work}/equivalence-$scale"
head=$(git -C "$VIGIE_HOME" rev-parse --short HEAD)
results="$VIGIE_HOME/bench/results/$(date -u +%Y-%m-%d)-equivalence-$scale-$reference-$head.txt"
rm -rf "$work"
mkdir -p "$work" "$(dirname "$results")"

# the reference commit, built in its own worktree
git -C "$VIGIE_HOME" worktree add --detach "$work/reference" "$reference" >/dev/null
trap 'git -C "$VIGIE_HOME" worktree remove --force "$work/reference" >/dev/null 2>&1 || true' EXIT
(cd "$work/reference" && mvn -B -q -DskipTests package) >&2

timed() { # name command...: runs it, prints its wall time
  local name="$1" start end
  shift
  start=$(date +%s.%N)
  "$@" >"$work/$name.log" 2>&1 || { echo "panel-equivalence.sh: $name failed, see $work/$name.log" >&2; tail -20 "$work/$name.log" >&2; exit 1; }
  end=$(date +%s.%N)
  printf '%s\t%s s\n' "$name" "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')"
}
vigie() { "$VIGIE_HOME/scripts/spark-submit.sh" --driver-memory "$VIGIE_DRIVER_MEMORY" "$@"; }
# the reference runs in its own checkout, so that it reads its own conf/vigie.yaml (a newer one has keys
# it does not know)
reference() { (cd "$work/reference" && scripts/spark-submit.sh --driver-memory "$VIGIE_DRIVER_MEMORY" "$@"); }

{
  echo "panel equivalence: scale $scale ($establishments establishments x 60 months), reference $reference, commit $head"
  timed sample vigie sample --output "$work/input" --establishments "$establishments" --months 60 --start 2015-01 --seed 1
  timed ingest vigie ingest --input "$work/input" --output "$work/new"
  mkdir -p "$work/old"
  cp -r "$work/new/sources" "$work/new/_manifest.json" "$work/old/"
  timed panel-reference reference panel --input "$work/input" --output "$work/old"
  timed panel vigie panel --input "$work/input" --output "$work/new"
  echo "--- panel/ (wide view) against $reference"
  # exit 1 is also the diff's answer when anything differs (the report says what): a run that crashed
  # is told by its missing report, its log kept aside (the panel_entreprise/ diff once printed nothing)
  diffed() { # name, then vigie diff's arguments
    local name="$1" report
    shift
    report=$(vigie diff "$@" 2>"$work/diff-$name.log") || true
    if [[ -n "$report" ]]; then echo "$report"; else echo "(no report: vigie diff of $name failed, see $work/diff-$name.log)"; fi
  }
  diffed panel --expected "$work/old/panel" --actual "$work/new/panel" --bilans "$work/new/bilans"
  echo "--- panel_entreprise/ (wide view) against $reference"
  diffed panel_entreprise --key siren,periode --expected "$work/old/panel_entreprise" \
    --actual "$work/new/panel_entreprise" --bilans "$work/new/bilans"
} | tee "$results"
echo "panel-equivalence.sh: $results" >&2
