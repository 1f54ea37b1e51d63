#!/usr/bin/env bash
# Steps 0-3 of `ssot garden` at the scale of a real repository: one cold audit and one
# `garden --dry-run` (audit, test plan, remediation plan of the chosen issue) of the same tree, side
# by side under /usr/bin/time -v; prints wall time, CPU and peak RSS of each and the ratios.
# The tree needs an ssot.yml (e.g. examples/golden-path/ssot.yml adapted to its modules).
# Usage: bench/garden-scale.sh PATH [JAR]   (JAR: default target/ssot.jar, built if missing)
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[[ $# -ge 1 ]] || { echo "usage: bench/garden-scale.sh PATH [JAR]" >&2; exit 2; }
tree="$1"
jar="${2:-$bench/../target/ssot.jar}"
[[ -f "$jar" ]] || (cd "$bench/.." && mvn -q -B -DskipTests package)
out="$(mktemp -d)"
java_opts=(${SSOT_JAVA_OPTS:--Xmx3g} -XX:+UseSerialGC)
measure() { # name, command...
  local name="$1"; shift
  /usr/bin/time -v "$@" >"$out/$name.out" 2>"$out/$name.time" || true
  python3 - "$out/$name.time" "$name" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def field(label):
    return re.search(re.escape(label) + r": (.*)", text).group(1).strip()
wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
seconds = sum(float(p) * 60 ** i for i, p in enumerate(reversed(wall)))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
rss = int(field("Maximum resident set size (kbytes)")) / 1024
print(f"{sys.argv[2]}\t{seconds:.1f}\t{cpu:.1f}\t{rss:.0f}")
PY
}
echo -e "run\twall s\tcpu s\tpeak RSS MB"
a=$(measure audit java "${java_opts[@]}" -jar "$jar" audit "$tree" --no-cache --format json); echo "$a"
g=$(measure garden-dry-run java "${java_opts[@]}" -jar "$jar" garden "$tree" --dry-run); echo "$g"
python3 - "$a" "$g" <<'PY'
import sys
a = [float(x) for x in sys.argv[1].split("\t")[1:]]
g = [float(x) for x in sys.argv[2].split("\t")[1:]]
print("garden/audit\twall %.2f\tcpu %.2f\trss %.2f" % tuple(gi / ai for gi, ai in zip(g, a)))
PY
grep -E "^step" "$out/garden-dry-run.out" | cut -c1-160
