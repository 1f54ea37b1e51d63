#!/usr/bin/env python3
"""Times ssot audit (cold, and warm after one file changed), ast-grep with the equivalent rules of
bench/ast-grep/ and rg's conflict-marker scan on one tree, in one run, and prints the medians and
ratios. Wall time is what users wait; CPU time (user+sys) is steadier on a busy machine.
Usage: bench/compare.py PATH [--runs N] [--ssot LAUNCHER_OR_JAR] [--ast-grep BIN]
(JVM options for the launcher: SSOT_JAVA_OPTS)"""
import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def run(cmd, cwd, env=None):
    """One run: wall seconds, CPU seconds (user+sys) and peak RSS (MB) of the process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace")
    if code not in (0, 1):  # 1 means findings, for every tool here
        sys.exit(f"{shlex.join(cmd)} exited {code}: {err.strip()[:500]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(name, cmd, cwd, runs, prepare=lambda: None):
    samples = []
    for _ in range(runs):
        prepare()
        samples.append(run(cmd, cwd))
    wall, cpu, rss = (statistics.median(s[i] for s in samples) for i in range(3))
    print(f"  {name:<34} wall {wall:7.2f} s   cpu {cpu:7.2f} s   rss {rss:6.0f} MB", flush=True)
    return wall, cpu, rss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ssot", default=str(BENCH.parent / "ssot"), help="the launcher (AppCDS) or a jar")
    parser.add_argument("--ast-grep", default=str(BENCH / ".tools" / "node_modules" / ".bin" / "ast-grep"))
    args = parser.parse_args()
    # The JVM path, whose CPU the process's rusage holds whole; bench/small.py times the daemon.
    os.environ["SSOT_DAEMON"] = "0"
    root = args.path.resolve()
    ssot = [args.ssot] if not args.ssot.endswith(".jar") else ["java", "-jar", args.ssot]
    audit = [*ssot, "audit", str(root), "--format", "json"]
    python_files = sorted(p for p in root.rglob("*.py") if ".ssot" not in p.parts and ".git" not in p.parts)
    touched = python_files[len(python_files) // 2]
    original = touched.read_bytes()
    counter = iter(range(10**9))
    cache = root / ".ssot" / "cache"

    def change_one_file():
        touched.write_bytes(original + f"\n# bench edit {next(counter)}\n".encode())

    files = sum(1 for _ in root.rglob("*") if _.is_file() and ".git" not in _.parts and ".ssot" not in _.parts)
    print(f"{root}: {files} files, {len(python_files)} .py; {args.runs} runs each, medians; {os.cpu_count()} cores")
    results = {}
    try:
        results["cold"] = measure("ssot audit, cold (no cache)", audit, root, args.runs,
                                  lambda: shutil.rmtree(cache, ignore_errors=True))
        run(audit, root)  # fills the cache
        results["warm"] = measure("ssot audit, warm, 1 file changed", audit, root, args.runs, change_one_file)
        results["sg"] = measure("ast-grep scan, 4 rules", [args.ast_grep, "scan", "-c",
                                str(BENCH / "ast-grep" / "sgconfig.yml"), "--json=compact", "."], root, args.runs)
        results["rg"] = measure("rg -c '^<<<<<<< '", ["rg", "-c", "^<<<<<<< ", "."], root, args.runs)
        results["markers"] = measure("ssot audit, conflict markers only", [*audit, "--no-cache", "--policy",
                                     str(BENCH.parent / "hooks" / "conflicts-only.yml")], root, args.runs)
    finally:
        touched.write_bytes(original)
    print("ratios (wall; cpu):")
    for label, a, b in [("cold ssot / ast-grep", "cold", "sg"), ("cold ssot / warm ssot", "cold", "warm"),
                        ("warm ssot / ast-grep", "warm", "sg"), ("ssot markers-only / rg", "markers", "rg")]:
        print(f"  {label:<26} {results[a][0] / results[b][0]:6.2f}; {results[a][1] / max(results[b][1], 1e-3):6.2f}")


if __name__ == "__main__":
    main()
