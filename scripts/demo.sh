#!/usr/bin/env bash
# The main job end to end on the built-in sample, through spark-submit (local mode):
# build if needed, generate the sample input root, then run every built step on it.
#   scripts/demo.sh [work dir, default ./work]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
work="${1:-$VIGIE_HOME/work}"
submit="$VIGIE_HOME/scripts/spark-submit.sh"
vigie_build_if_needed
"$submit" sample --output "$work/sample"
"$submit" ingest --input "$work/sample" --output "$work/output"
"$submit" panel --input "$work/sample" --output "$work/output"
echo "vigie demo: outputs in $work/output (manifest: $work/output/_manifest.json)"
