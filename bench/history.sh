#!/usr/bin/env bash
# `ssot history --max-commits N` against one cold head audit of the same tree and policy, side by
# side under /usr/bin/time -v (serial GC, -Xmx3g unless SSOT_JAVA_OPTS says otherwise): wall time,
# CPU and peak RSS of each, their ratios, and the walk's own figures from its JSON (headMillis is
# the head audit inside the walk, so walkMillis/headMillis is a ratio taken in one process).
# The tree is a checkout with an ssot.yml; history reads its git object database.
# Usage: bench/history.sh PATH [N] [JAR]   (N: default 1000; JAR: default target/ssot.jar)
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[[ $# -ge 1 ]] || { echo "usage: bench/history.sh PATH [N] [JAR]" >&2; exit 2; }
tree="$1"
commits="${2:-1000}"
jar="${3:-$bench/../target/ssot.jar}"
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
h=$(measure "history-$commits" java "${java_opts[@]}" -jar "$jar" history "$tree" \
  --max-commits "$commits" --format json); echo "$h"
python3 - "$a" "$h" "$out/history-$commits.out" <<'PY'
import json, sys
a = [float(x) for x in sys.argv[1].split("\t")[1:]]
h = [float(x) for x in sys.argv[2].split("\t")[1:]]
print("history/audit\twall %.2f\tcpu %.2f\trss %.2f" % tuple(hi / ai for hi, ai in zip(h, a)))
try:
    walk = json.load(open(sys.argv[3]))["walk"]
except (ValueError, KeyError) as e:
    sys.exit("history printed no walk figures: %s" % e)
print("in one process: walkMillis/headMillis %.2f" % (walk["walkMillis"] / walk["headMillis"]))
print("walk:", json.dumps(walk))
PY
echo "outputs: $out"
