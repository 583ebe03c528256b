#!/usr/bin/env python3
"""Where the time went in a Spark event log (scripts/bench.sh --profile keeps them).

    bench_profile.py EVENT_LOG [--top N]

Prints the jobs (with vigie's step as job description) and the slowest stages: wall time, tasks,
summed task time, input, shuffle read and write, memory and disk spill. The stage name is the call
site, which for Dataset actions is the action; the SQL execution it belongs to names the plan.
"""
import argparse
import json
import os
import re
import subprocess
from collections import defaultdict


def mb(n):
    return f"{n / 1e6:,.0f}"


def lines(path):
    """The events of a log file, or of a rolling log folder (eventlog_v2_*: events_<n>_<app> files)."""
    if os.path.isdir(path):
        parts = [f for f in os.listdir(path) if f.startswith("events_")]
        files = [os.path.join(path, f) for f in sorted(parts, key=lambda f: int(re.match(r"events_(\d+)_", f)[1]))]
    else:
        files = [path]
    for file in files:
        if file.endswith(".zstd"):  # Spark 4 compresses event logs with zstd unless told not to
            yield from subprocess.run(["zstd", "-dc", file], capture_output=True, text=True, check=True).stdout.splitlines()
        else:
            with open(file, encoding="utf-8") as f:
                yield from f


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()

    stages = {}
    metrics = defaultdict(lambda: defaultdict(int))
    jobs = {}
    stage_job = {}
    for line in lines(args.log):
        try:
            e = json.loads(line)
        except json.JSONDecodeError:  # the last line of a log still being written
            continue
        kind = e["Event"]
        if kind == "SparkListenerJobStart":
            props = e.get("Properties") or {}
            jobs[e["Job ID"]] = {"start": e["Submission Time"], "stages": e["Stage IDs"],
                                 "description": props.get("spark.job.description", ""),
                                 "sql": props.get("spark.sql.execution.id")}
            for s in e["Stage IDs"]:
                stage_job[s] = e["Job ID"]
        elif kind == "SparkListenerJobEnd":
            jobs[e["Job ID"]]["end"] = e["Completion Time"]
        elif kind == "SparkListenerStageCompleted":
            info = e["Stage Info"]
            if "Submission Time" in info and "Completion Time" in info:
                stages[info["Stage ID"]] = {"name": info["Stage Name"], "tasks": info["Number of Tasks"],
                                            "seconds": (info["Completion Time"] - info["Submission Time"]) / 1000}
        elif kind == "SparkListenerTaskEnd":
            m = e.get("Task Metrics") or {}
            s = metrics[e["Stage ID"]]
            s["run_ms"] += m.get("Executor Run Time", 0)
            s["gc_ms"] += m.get("JVM GC Time", 0)
            s["input"] += (m.get("Input Metrics") or {}).get("Bytes Read", 0)
            sr = m.get("Shuffle Read Metrics") or {}
            s["shuffle_read"] += sr.get("Remote Bytes Read", 0) + sr.get("Local Bytes Read", 0)
            s["shuffle_write"] += (m.get("Shuffle Write Metrics") or {}).get("Shuffle Bytes Written", 0)
            s["spill_mem"] += m.get("Memory Bytes Spilled", 0)
            s["spill_disk"] += m.get("Disk Bytes Spilled", 0)

    by_step = defaultdict(float)
    for j in jobs.values():
        if "end" in j:
            by_step[j["description"] or "(no description)"] += (j["end"] - j["start"]) / 1000
    print("wall seconds by job description (vigie step):")
    for name, seconds in sorted(by_step.items(), key=lambda kv: -kv[1]):
        print(f"  {seconds:8.1f}  {name}")
    total = sum(s["seconds"] for s in stages.values())
    print(f"\nslowest stages (of {len(stages)}, {total:,.0f} s in all):")
    print(f"  {'stage':>5} {'s':>7} {'tasks':>5} {'task s':>7} {'gc s':>6} {'in MB':>7} {'shR MB':>7} {'shW MB':>7}"
          f" {'spill MB':>8}  job / name")
    for sid, s in sorted(stages.items(), key=lambda kv: -kv[1]["seconds"])[:args.top]:
        m = metrics[sid]
        job = jobs.get(stage_job.get(sid), {})
        print(f"  {sid:>5} {s['seconds']:7.1f} {s['tasks']:>5} {m['run_ms'] / 1000:7.1f} {m['gc_ms'] / 1000:6.1f}"
              f" {mb(m['input']):>7} {mb(m['shuffle_read']):>7} {mb(m['shuffle_write']):>7}"
              f" {mb(m['spill_disk']):>8}  {job.get('description', '')[:40]} / {s['name'][:60]}")


if __name__ == "__main__":
    main()
