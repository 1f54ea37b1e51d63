#!/usr/bin/env python3
"""Summarises the CPU samples of a JFR recording: the hottest top frames, and the hottest frames of
a package (where in our code the time goes, whatever library it ends in).
Usage: bench/jfr_top.py RECORDING.jfr [--package dev.ssotgardener] [--top 25]"""
import argparse
import collections
import re
import subprocess


def samples(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample,jdk.NativeMethodSample",
                          "--stack-depth", "64", path], capture_output=True, text=True, check=True).stdout
    for block in out.split("stackTrace = [")[1:]:
        frames = []
        for line in block.split("\n")[1:]:
            line = line.strip()
            if line.startswith("]") or not line:
                break
            frames.append(re.sub(r"\s+line:.*", "", line))
        yield frames


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("recording")
    parser.add_argument("--package", default="dev.ssotgardener")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    top, ours, total = collections.Counter(), collections.Counter(), 0
    for frames in samples(args.recording):
        total += 1
        if frames:
            top[frames[0]] += 1
        mine = next((f for f in frames if f.startswith(args.package)), None)
        ours[mine or "(outside " + args.package + ")"] += 1
    print(f"{total} samples")
    for title, counter in (("top frames", top), (f"first {args.package} frame", ours)):
        print(f"-- {title}")
        for frame, n in counter.most_common(args.top):
            print(f"{n:6d} {100 * n / total:5.1f}%  {frame[:150]}")


if __name__ == "__main__":
    main()
