#!/usr/bin/env bash
# Compares ssot with ast-grep and rg on one tree (see compare.py). Installs ast-grep 0.51.1 into
# bench/.tools on first use (npm) and builds target/ssot.jar if needed.
# Usage: bench/compare.sh PATH [--runs N]
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[[ $# -ge 1 ]] || { echo "usage: bench/compare.sh PATH [--runs N]" >&2; exit 2; }
if [[ ! -x "$bench/.tools/node_modules/.bin/ast-grep" ]]; then
  npm install --silent --no-save --prefix "$bench/.tools" @ast-grep/cli@0.51.1 >&2
fi
command -v rg >/dev/null || { echo "compare.sh: rg (ripgrep) is not on the PATH" >&2; exit 2; }
# Builds the jar and records the class-data archive from a whole audit, before anything is timed.
"$bench/../ssot" audit "$bench/../examples/golden-path" --no-cache --format json >/dev/null || [[ $? == 1 ]]
exec python3 "$bench/compare.py" "$@"
