#!/usr/bin/env bash
# A sharded audit against the unsharded one on one tree: cold audit, N cold shards one after the
# other (each as its own CI job would run it), the merge; then whether the merged JSON report is
# the unsharded one byte for byte, and the ratios.
#
#   bench/shard.sh REPO [N] [-- extra ssot options, e.g. --policy FILE]
#
# SSOT_JAR picks the jar (default target/ssot.jar, copied first so a rebuild cannot change it
# mid-run); SSOT_JAVA_OPTS is passed to java (default -Xmx3g -XX:+UseSerialGC, as the launcher).
set -euo pipefail
repo=${1:?usage: bench/shard.sh REPO [N] [-- ssot options]}
shift
count=4
if [[ $# -gt 0 && $1 != -- ]]; then count=$1; shift; fi
[[ ${1:-} == -- ]] && shift
extra=("$@")
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/ssot-shard-bench.XXXXXX)
cp "${SSOT_JAR:-$here/target/ssot.jar}" "$work/ssot.jar"
read -r -a jvm <<< "${SSOT_JAVA_OPTS:--Xmx3g -XX:+UseSerialGC}"
ssot=(java "${jvm[@]}" -jar "$work/ssot.jar")

# One run: prints "wall cpu rss_mb" (seconds, user+sys seconds, peak resident MB).
timed() {
  local label=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > /dev/null 2>> "$work/stderr" || true
  # the last line: a failing command (findings: exit 1) adds a line before it
  read -r wall user sys rss < <(tail -1 "$work/time")
  printf '%-14s wall %7.1f s  cpu %7.1f s  rss %5d MB\n' "$label" "$wall" \
    "$(echo "$user + $sys" | bc)" $((rss / 1024)) | tee -a "$work/table"
  echo "$label $wall $(echo "$user + $sys" | bc)" >> "$work/figures"
}

timed whole "${ssot[@]}" audit "$repo" --no-cache --format json --output "$work/whole.json" "${extra[@]}"
parts=()
for ((i = 1; i <= count; i++)); do
  timed "shard $i/$count" "${ssot[@]}" audit "$repo" --no-cache --shard "$i/$count" \
    --output "$work/shard-$i.bin" "${extra[@]}"
  parts+=("$work/shard-$i.bin")
done
timed merge "${ssot[@]}" merge "${parts[@]}" --format json --output "$work/merged.json"

if cmp -s "$work/whole.json" "$work/merged.json"; then same=identical; else same=DIFFERENT; fi
findings=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["findings"])' "$work/whole.json")
echo "merged JSON report: $same to the unsharded one ($findings findings); shard results: $(du -ch "${parts[@]}" | tail -1 | cut -f1) in all"
python3 - "$work/figures" "$count" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1])]
fig = {" ".join(r[:-2]): (float(r[-2]), float(r[-1])) for r in rows}
n = int(sys.argv[2])
whole, merge = fig["whole"], fig["merge"]
shards = [fig[f"shard {i}/{n}"] for i in range(1, n + 1)]
slowest = max(s[0] for s in shards)
print(f"max shard / whole: wall {slowest / whole[0]:.2f}, cpu {max(s[1] for s in shards) / whole[1]:.2f}")
print(f"merge / whole: wall {merge[0] / whole[0]:.2f}, cpu {merge[1] / whole[1]:.2f}")
print(f"(max shard + merge) / whole, wall (the critical path on {n} machines): {(slowest + merge[0]) / whole[0]:.2f}")
print(f"(all shards + merge) / whole, cpu (the work in all): {(sum(s[1] for s in shards) + merge[1]) / whole[1]:.2f}")
PY
echo "(outputs in $work)"
