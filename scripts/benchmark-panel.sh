#!/usr/bin/env bash
# Times `vigie panel` on generated samples, through spark-submit in local mode with the machine's
# cores. Generation and ingest are run first and not counted. One line per size is appended to
# benchmarks/panel.tsv: date, establishments, months, panel rows, company rows, seconds, bytes on
# disk of panel/ and panel_entreprise/, peak resident memory of the JVM (kB, from /usr/bin/time
# when installed).
#   scripts/benchmark-panel.sh [establishments ...]   (default: 3500 35000)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
vigie_build_if_needed
submit="$VIGIE_HOME/scripts/spark-submit.sh"
results="$VIGIE_HOME/benchmarks/panel.tsv"
work="${VIGIE_BENCH_DIR:-$(mktemp -d)}"
[[ -f "$results" ]] || printf 'date\testablishments\tmonths\tpanel_rows\tcompany_rows\tseconds\tpanel_bytes\tcompany_bytes\tpeak_rss_kb\n' >"$results"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(3500 35000)
for n in "${sizes[@]}"; do
  input="$work/sample-$n"
  output="$work/output-$n"
  rm -rf "$input" "$output"
  "$submit" sample --output "$input" --establishments "$n" >/dev/null
  "$submit" ingest --input "$input" --output "$output" >/dev/null
  timer=()
  [[ -x /usr/bin/time ]] && timer=(/usr/bin/time -f '%M' -o "$work/rss-$n")
  start=$(date +%s.%N)
  "${timer[@]}" "$submit" panel --input "$input" --output "$output" >/dev/null
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  rss=$([[ -f "$work/rss-$n" ]] && tail -1 "$work/rss-$n" || echo "")
  rows=$(python3 -c "import json,sys; p=json.load(open(sys.argv[1]))['panel']; print(p['rows'], p['rows_entreprise'], p['start'], p['end'])" "$output/_manifest.json")
  read -r panel_rows company_rows first last <<<"$rows"
  months=$(python3 -c "import sys; a,b=sys.argv[1:]; print((int(b[:4])-int(a[:4]))*12+int(b[5:])-int(a[5:])+1)" "$first" "$last")
  printf '%s\t%s\t%s\t%s\t%s\t%.1f\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%d)" "$n" "$months" "$panel_rows" "$company_rows" \
    "$seconds" "$(du -sb "$output/panel" | cut -f1)" "$(du -sb "$output/panel_entreprise" | cut -f1)" "$rss" >>"$results"
  tail -1 "$results"
done
