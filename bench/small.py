#!/usr/bin/env python3
"""The latency of a small repository (pre-commit, editor save), ssot in a JVM of its own and through
its daemon, against the tool a user would otherwise run, on the same tree, in turns (the ratio of
each turn, then the median: the machine's speed drifts between turns, not within one).

--case ban (default): a warm `ssot audit` with one truth banning a module against `ruff check
--select TID251` banning the same module. Ruff runs isolated from the tree's own configuration, with
its cache (warm, as ssot's) and without (`--no-cache`). Give --ruff the binary itself, not a pyenv
shim: the shim's bash costs more CPU than a warm ruff run.
--case markers: `ssot audit --policy hooks/conflicts-only.yml --no-cache` (the pre-commit hook's
markers-only audit) against `rg -c '^<<<<<<< '`.
--case cold: `ssot audit --no-cache` with the tree's own ssot.yml (every file parsed, nothing cached)
against `ast-grep scan` with the equivalent rules of bench/ast-grep/ (as compare.py's cold row, but
in turns and through the daemon too).

The daemon's CPU counts: a run through it costs the launcher and client (their rusage) plus what the
daemon's process spent from just before to just after the run (/proc/PID/stat, all its threads).
The daemon is started fresh in a folder of the bench's own (XDG_RUNTIME_DIR), so its first run
(JVM start and a cold run) is shown apart, and so is its CPU between runs (JIT, GC after a run),
counted in the line "daemon, all its CPU / runs".
Usage: bench/small.py PATH [--case ban|markers|cold] [--ban optparse] [--runs 10] [--ssot LAUNCHER]
       [--ruff BIN] [--ast-grep BIN]"""
import argparse
import os
import shutil
import statistics
import subprocess
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
TICK = os.sysconf("SC_CLK_TCK")


def daemon_pid(runtime):
    infos = sorted((runtime / "ssot").glob("*.info"), key=lambda p: p.stat().st_mtime)
    return int(infos[-1].read_text().split()[0]) if infos else None


def process_cpu(pid):
    """User+system seconds of a process and all its threads, from /proc/PID/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def process_rss(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Daemon:
    """Runs through the launcher's daemon, adding the daemon's CPU of each run to the client's."""

    def __init__(self, runtime, env):
        self.runtime, self.env, self.pid = runtime, env, None

    def run(self, cmd, cwd):
        before = process_cpu(self.pid) if self.pid else 0.0
        wall, cpu, rss = run(cmd, cwd, self.env)
        pid = daemon_pid(self.runtime)
        if pid != self.pid:  # this run started the daemon
            self.pid, before = pid, 0.0
        return wall, cpu + process_cpu(pid) - before, rss

    def since_start(self):
        return process_cpu(self.pid)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("--case", choices=["ban", "markers", "cold"], default="ban")
    parser.add_argument("--ban", default="optparse", help="the module both tools ban")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--ssot", default=str(BENCH.parent / "ssot"))
    parser.add_argument("--ruff", default=shutil.which("ruff") or "ruff")
    parser.add_argument("--ast-grep", default=str(BENCH / ".tools" / "node_modules" / ".bin" / "ast-grep"))
    args = parser.parse_args()
    root = args.path.resolve()
    ssot = [args.ssot]
    if args.case == "ban":
        # The policy lives outside the tree (not above it: a policy's folder is the repository root).
        policy = Path(tempfile.mkdtemp(prefix="ssot-small-")) / "ssot.yml"
        policy.write_text(POLICY.format(module=args.ban))
        audit = [*ssot, "audit", str(root), "--policy", str(policy), "--format", "json"]
        ruff = [args.ruff, "check", "--isolated", "--select", "TID251", "--output-format", "json",
                "--config", f"lint.flake8-tidy-imports.banned-api.'{args.ban}'.msg = 'banned'", str(root)]
        others = {"ruff --select TID251, warm": ruff,
                  "ruff --select TID251 --no-cache": [*ruff[:2], "--no-cache", *ruff[2:]]}
    elif args.case == "cold":
        audit = [*ssot, "audit", str(root), "--no-cache", "--format", "json"]
        others = {"ast-grep scan, 4 rules": [args.ast_grep, "scan", "-c", str(BENCH / "ast-grep" / "sgconfig.yml"),
                                             "--json=compact", "."]}
    else:
        audit = [*ssot, "audit", str(root), "--no-cache", "--format", "json", "--policy",
                 str(BENCH.parent / "hooks" / "conflicts-only.yml")]
        others = {"rg -c '^<<<<<<< '": ["rg", "-c", "^<<<<<<< ", "."]}
    runtime = Path(tempfile.mkdtemp(prefix="ssot-small-run-"))
    plain_env = {**os.environ, "SSOT_DAEMON": "0"}
    daemon = Daemon(runtime, {**os.environ, "SSOT_DAEMON": "1", "XDG_RUNTIME_DIR": str(runtime)})
    try:
        for warm_up in [audit, audit, *others.values()]:  # fills the caches and the AppCDS archive
            run(warm_up, root, plain_env)
        first = daemon.run(audit, root)
        for _ in range(2):  # the daemon's JIT: C1 settles within a few runs
            daemon.run(audit, root)
        start = daemon.since_start()
        turns = []
        for _ in range(args.runs):
            turns.append([run(audit, root, plain_env), daemon.run(audit, root),
                          *(run(cmd, root, plain_env) for cmd in others.values())])
        between = (daemon.since_start() - start) / args.runs
        rss = process_rss(daemon.pid)
    finally:
        subprocess.run([*ssot, "daemon", "stop"], env=daemon.env, stdout=subprocess.DEVNULL)
        shutil.rmtree(runtime, ignore_errors=True)
    names = ["ssot audit, JVM of its own", "ssot audit, daemon (client+daemon)", *others]
    print(f"{root}: case {args.case}; {args.runs} turns, medians; {os.cpu_count()} cores")
    for i, name in enumerate(names):
        wall, cpu, peak = (statistics.median(t[i][k] for t in turns) for k in range(3))
        print(f"  {name:<36} wall {wall:6.3f} s   cpu {cpu:6.3f} s   rss {peak:5.0f} MB")
    print(f"  daemon, all its CPU / runs (JIT and GC between runs too): {between:.3f} s; "
          f"its RSS after: {rss:.0f} MB")
    print(f"  daemon's first run (JVM start and a cold run): wall {first[0]:.2f} s, cpu {first[1]:.2f} s")
    for a in (0, 1):
        for b in range(2, len(names)):
            wall = statistics.median(t[a][0] / t[b][0] for t in turns)
            cpu = statistics.median(t[a][1] / max(t[b][1], 1e-3) for t in turns)
            print(f"ratio {names[a]} / {names[b]}: wall {wall:.2f}; cpu {cpu:.2f}")
    cpu = statistics.median(t[1][1] / max(t[0][1], 1e-3) for t in turns)
    print(f"ratio daemon / JVM of its own: cpu {cpu:.2f}")


if __name__ == "__main__":
    main()
