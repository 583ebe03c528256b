#!/usr/bin/env bash
# The test command of the README: the whole suite (unit, Spark and end-to-end tests) from a fresh clone.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec mvn -B verify "$@"
