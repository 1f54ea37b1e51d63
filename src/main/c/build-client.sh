#!/usr/bin/env bash
# Builds the daemon's client (ssot_client.c) into OUT with the C compiler, for the ./ssot launcher.
# Never fails the build: without a compiler it says so, and the launcher runs every command in a JVM
# of its own, as it does with SSOT_DAEMON=0.
# Usage: build-client.sh OUT
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$1"
if [[ -x "$out" && ! "$here/ssot_client.c" -nt "$out" && ! "$0" -nt "$out" ]]; then exit 0; fi
cc="${CC:-cc}"
if ! command -v "$cc" >/dev/null; then
  echo "[ssot client] skipped: no C compiler ($cc); ./ssot runs without the daemon" >&2
  exit 0
fi
mkdir -p "$(dirname "$out")"
if "$cc" -O2 -Wall -Wextra -o "$out.tmp" "$here/ssot_client.c"; then
  mv -f "$out.tmp" "$out"
else
  rm -f "$out.tmp"
  echo "[ssot client] skipped: $cc failed; ./ssot runs without the daemon" >&2
fi
