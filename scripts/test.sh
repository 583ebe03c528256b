#!/usr/bin/env bash
# The test command of the README: the whole suite (unit, Spark and end-to-end tests) from a fresh clone.
# The report's charts are checked in headless Chromium: Debian's chromium package is installed first
# when no chromium binary is on PATH, and VIGIE_REQUIRE_CHROMIUM=1 makes that test fail rather than skip.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  echo "test.sh: installing Debian's chromium for the report test (apt-get)" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  # a machine without apt or root still runs the suite; the report test then says it was skipped
  if ! { $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq chromium >/dev/null; }; then
    echo "test.sh: WARNING: chromium could not be installed; ReportChromiumTest will be skipped" >&2
  fi
fi
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  export VIGIE_REQUIRE_CHROMIUM=1
fi

exec mvn -B verify "$@"
