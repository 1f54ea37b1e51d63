#!/usr/bin/env bash
# The hand-written Python walk (src/main/c/ssot_python_walk.c) against tree-sitter's query cursor
# running PythonQuery, on every .py file under PATH and MUTATIONS broken variants of each (default 0):
# every match, capture and offset must be the same, in the same order. Exit 1 names each difference.
# Usage: bench/walk-parity.sh PATH [MUTATIONS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[[ $# -ge 1 ]] || { echo "usage: $0 PATH [MUTATIONS]" >&2; exit 2; }
(cd "$here" && mvn -q -B -DskipTests package)
exec java -cp "$here/target/classes:$here/target/test-classes" \
  dev.ssotgardener.lang.python.PythonWalkParity "$1" "${2:-0}"
