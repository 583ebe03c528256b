#!/usr/bin/env bash
# The main job end to end on the built-in sample, through spark-submit (local mode):
# build if needed, generate the sample input root, then run every step on it (vigie run:
# ingest, panel, train, score, report).
#   scripts/demo.sh [work dir, default ./work]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
work="${1:-$VIGIE_HOME/work}"
submit="$VIGIE_HOME/scripts/spark-submit.sh"
vigie_build_if_needed
"$submit" sample --output "$work/sample"
"$submit" run --input "$work/sample" --output "$work/output"
echo "vigie demo: outputs in $work/output (report: $work/output/report/index.html, metrics: $work/output/model/metrics.json)"
