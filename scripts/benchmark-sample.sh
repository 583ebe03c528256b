#!/usr/bin/env bash
# Times `vigie sample` through spark-submit (local mode) at several sizes and writes
# benchmarks/sample.tsv: establishments, months, wall-clock seconds, output size, files.
#   scripts/benchmark-sample.sh [work dir, default ./work/benchmark] [sizes..., default 3500 35000 350000]
# Set VIGIE_BUILD_LOCK=/path/to/lock to run each generation under flock (shared build machines).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
work="${1:-$VIGIE_HOME/work/benchmark}"
shift || true
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(3500 35000 350000)
months="${VIGIE_SAMPLE_MONTHS:-72}"
out="$VIGIE_HOME/benchmarks/sample.tsv"
vigie_build_if_needed
mkdir -p "$work" "$(dirname "$out")"
lock=()
[[ -n "${VIGIE_BUILD_LOCK:-}" ]] && lock=(flock "$VIGIE_BUILD_LOCK")
cores="$(nproc 2>/dev/null || echo '?')"
printf 'establishments\tmonths\tseconds\tbytes\tsize\tfiles\tcores\tdriver_memory\n' > "$out"
for n in "${sizes[@]}"; do
  dir="$work/sample-$n"
  start=$(date +%s.%N)
  "${lock[@]}" "$VIGIE_HOME/scripts/spark-submit.sh" --driver-memory "${VIGIE_DRIVER_MEMORY:-6g}" \
    sample --output "$dir" --establishments "$n" --months "$months" > "$work/sample-$n.log" 2>&1
  end=$(date +%s.%N)
  seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", b - a }')
  bytes=$(du -sb --exclude='.*.crc' "$dir" | cut -f1)
  size=$(du -sh --exclude='.*.crc' "$dir" | cut -f1)
  files=$(find "$dir" -type f ! -name '.*' | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$months" "$seconds" "$bytes" "$size" "$files" "$cores" \
    "${VIGIE_DRIVER_MEMORY:-6g}" >> "$out"
  echo "sample of $n establishments x $months months: ${seconds} s, $size ($files files)" >&2
done
echo "benchmark written to $out" >&2
