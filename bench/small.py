#!/usr/bin/env python3
"""The latency of a small repository (pre-commit, editor save): a warm `ssot audit` with one truth
banning a module against `ruff check --select TID251` banning the same module, on the same tree, in
alternating pairs (the ratio of each pair, then the median: the machine's speed drifts between
pairs, not within one). Ruff runs isolated from the tree's own configuration, with its cache (warm,
as ssot's) and without (`--no-cache`). Give --ruff the binary itself, not a pyenv shim: the shim's
bash costs more CPU than a warm ruff run.
Usage: bench/small.py PATH [--ban optparse] [--runs 10] [--ssot LAUNCHER_OR_JAR] [--ruff BIN]"""
import argparse
import shutil
import statistics
import tempfile
from pathlib import Path

from compare import BENCH, run

POLICY = """version: 1
truths:
  - id: banned-{module}
    kind: import
    canonical: {module}_replacement
    forbids: [{module}]
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("--ban", default="optparse", help="the module both tools ban")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--ssot", default=str(BENCH.parent / "ssot"))
    parser.add_argument("--ruff", default=shutil.which("ruff") or "ruff")
    args = parser.parse_args()
    root = args.path.resolve()
    # The policy lives outside the tree (not above it: a policy's folder is the repository root).
    policy = Path(tempfile.mkdtemp(prefix="ssot-small-")) / "ssot.yml"
    policy.write_text(POLICY.format(module=args.ban))
    ssot = [args.ssot] if not args.ssot.endswith(".jar") else ["java", "-jar", args.ssot]
    audit = [*ssot, "audit", str(root), "--policy", str(policy), "--format", "json"]
    ruff = [args.ruff, "check", "--isolated", "--select", "TID251", "--output-format", "json",
            "--config", f"lint.flake8-tidy-imports.banned-api.'{args.ban}'.msg = 'banned'", str(root)]
    ruff_cold = [*ruff[:2], "--no-cache", *ruff[2:]]
    for warm_up in (audit, audit, ruff, ruff):  # fills both caches
        run(warm_up, root)
    triples = [(run(audit, root), run(ruff, root), run(ruff_cold, root)) for _ in range(args.runs)]
    print(f"{root}: {args.runs} runs each, in turn, medians; banned module {args.ban}")
    names = ["ssot audit, warm", "ruff --select TID251, warm", "ruff --select TID251 --no-cache"]
    for i, name in enumerate(names):
        wall, cpu, rss = (statistics.median(t[i][k] for t in triples) for k in range(3))
        print(f"  {name:<32} wall {wall:6.2f} s   cpu {cpu:6.2f} s   rss {rss:5.0f} MB")
    for i in (1, 2):
        wall = statistics.median(t[0][0] / t[i][0] for t in triples)
        cpu = statistics.median(t[0][1] / max(t[i][1], 1e-3) for t in triples)
        print(f"ratio ssot warm / {names[i]} (median of runs side by side): wall {wall:.2f}; cpu {cpu:.2f}")


if __name__ == "__main__":
    main()
