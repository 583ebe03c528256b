#!/usr/bin/env python3
"""Assembles a benchmark's results file from the run itself (scripts/bench.sh).

    bench_results.py --scale S --establishments N --months M --work DIR --driver-memory X  > results.json
    bench_results.py --table results.json [more.json ...]     docs/performance.md's tables, from results files
    bench_results.py --models NAME=metrics.json [...]          docs/model.md's table, from model/metrics.json files

Every figure is read from the work folder: steps.tsv (wall seconds and peak RSS per step, written
by bench.sh around each spark-submit), the manifests the jobs wrote (rows), the model's
metrics.json (training rows) and the sizes of the files on disk (bytes).
"""
import argparse
import datetime
import json
import os
import platform
import subprocess
import sys

CHAIN = ["ingest", "panel", "train", "score"]


def du(*paths):
    """Bytes of the files under paths, hidden bookkeeping files (.crc, _SUCCESS) included as on disk."""
    total = 0
    for path in paths:
        if os.path.isfile(path):
            total += os.path.getsize(path)
        for root, _, files in os.walk(path):
            total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    return total


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def months_between(first, last):
    (y1, m1), (y2, m2) = (map(int, first.split("-")), map(int, last.split("-")))
    return (y2 - y1) * 12 + m2 - m1 + 1


def machine():
    cores = os.cpu_count()
    with open("/proc/meminfo", encoding="ascii") as f:
        mem_kb = int(next(line for line in f if line.startswith("MemTotal")).split()[1])
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    return {"cores": cores, "memory_gib": round(mem_kb / 1024 / 1024, 1), "os": platform.platform(), "java": java}


def commit(home):
    try:
        return subprocess.run(["git", "-C", home, "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def results(args):
    work = args.work
    steps = {}
    with open(os.path.join(work, "steps.tsv"), encoding="utf-8") as f:
        for line in f:
            name, seconds, rss = line.rstrip("\n").split("\t")
            steps[name] = {"seconds": float(seconds), "peak_rss_mib": round(int(rss) / 1024) if rss else None}

    input_dir = os.path.join(work, "input")
    input_folders = [os.path.join(input_dir, d) for d in sorted(os.listdir(input_dir))
                     if os.path.isdir(os.path.join(input_dir, d)) and not d.startswith(("_", "."))]
    floor = load(os.path.join(work, "floor", "_manifest.json"))["floor"]
    manifest = load(os.path.join(work, "output", "_manifest.json"))
    sources = {k: v for k, v in manifest["sources"].items() if v.get("delivered")}
    panel = manifest["panel"]
    metrics = load(os.path.join(work, "output", "model", "metrics.json"))
    out = lambda *p: os.path.join(work, "output", *p)

    delivered_bytes = sum(f["bytes"] for f in floor.values())
    csv_records = sum(f["rows"] for f in floor.values())
    lines_read = sum(s["lines_read"] for s in sources.values())
    typed_rows = sum(s["rows_written"] for s in sources.values())
    quarantined = sum(s["lines_quarantined"] for s in sources.values())
    panel_months = months_between(panel["start"], panel["end"])
    scored = manifest["score"]
    fitted = metrics["rows"]["training"]["rows"]

    def io(step, in_rows, in_bytes, out_rows, out_bytes, **extra):
        steps[step].update({"input_rows": in_rows, "input_bytes": in_bytes, "output_rows": out_rows,
                            "output_bytes": out_bytes, **extra})

    io("generate", None, None, csv_records, du(*input_folders),
       note="not part of the chain; output rows are CSV records (the floor's count)")
    io("floor", csv_records, delivered_bytes, csv_records, du(os.path.join(work, "floor", "floor")))
    io("ingest", lines_read, delivered_bytes, typed_rows + quarantined, du(out("sources"), out("quarantine")),
       rows_quarantined=quarantined)
    io("panel", typed_rows, du(out("sources")), panel["rows"] + panel["rows_entreprise"] + panel.get("rows_bilans", 0),
       du(out("panel"), out("panel_entreprise"), out("bilans")), rows_establishment=panel["rows"],
       rows_company=panel["rows_entreprise"], rows_bilans=panel.get("rows_bilans"), months=panel_months)
    if "write_floor" in steps:
        written = du(out("panel"), out("panel_entreprise"), out("bilans"))
        io("write_floor", panel["rows"] + panel["rows_entreprise"] + panel.get("rows_bilans", 0), written,
           panel["rows"] + panel["rows_entreprise"] + panel.get("rows_bilans", 0), du(out("floor-write")),
           note="not part of the chain: panel/, panel_entreprise/ and bilans/ read and written again, same layout")
    io("train", panel["rows"], du(out("panel")), None, du(out("model")), rows_fitted=fitted,
       rows_validation=metrics["rows"]["validation"]["rows"], rows_test=metrics["rows"]["test"]["rows"],
       features=manifest["train"]["features"], aucpr=metrics["model"]["aucpr"] if "model" in metrics else None,
       note="output is the model (no rows)")
    month_rows = panel["rows"] // panel_months  # the panel is calendar-complete: every siret every month
    io("score", month_rows, du(out("panel", "periode=" + scored["periode"] + "-01")) + du(out("model")),
       scored["rows"], du(out("scores")), periode=scored["periode"])

    floor_seconds = steps["floor"]["seconds"]
    for name in ["floor"] + CHAIN:
        steps[name]["ratio_to_floor"] = round(steps[name]["seconds"] / floor_seconds, 2)
    write_floor = steps.get("write_floor", {}).get("seconds")
    if write_floor:
        steps["panel"]["ratio_to_write_floor"] = round(steps["panel"]["seconds"] / write_floor, 2)
    ingest_panel = steps["ingest"]["seconds"] + steps["panel"]["seconds"]
    chain = sum(steps[s]["seconds"] for s in CHAIN)
    peak_rss = max(steps[s]["peak_rss_mib"] or 0 for s in CHAIN)
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "scale": float(args.scale),
        "establishments": args.establishments,
        "companies": load(os.path.join(input_dir, "_truth", "model.json"))["companies"],
        "months": args.months,
        # the commit the run started from (bench.sh passes it): HEAD may move while a long run goes on
        "commit": args.commit or commit(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
        "machine": machine(),
        "driver_memory": args.driver_memory,
        "master": "local[*]",
        "steps": steps,
        "substeps_seconds": manifest.get("timings", {}),
        "totals": {
            "ingest_panel_seconds": round(ingest_panel, 1),
            "ingest_panel_ratio_to_floor": round(ingest_panel / floor_seconds, 2),
            "chain_seconds": round(chain, 1),
            "chain_ratio_to_floor": round(chain / floor_seconds, 2),
            "chain_peak_rss_mib": peak_rss,
        },
        "model": model_figures(metrics),
        # issue 18's targets (the scaling target compares results files: --table shows it)
        "targets": {
            "chain_at_most_15_minutes": chain <= 15 * 60,
            "peak_rss_at_most_12_gib": peak_rss <= 12 * 1024,
            "ingest_at_most_2x_read_floor": steps["ingest"]["seconds"] <= 2 * floor_seconds,
            "panel_at_most_3x_write_floor": bool(write_floor) and steps["panel"]["seconds"] <= 3 * write_floor,
        },
    }


def model_figures(metrics):
    """The test months' AUCPR of the trees, the baseline, the generator's truth and observable ceiling."""
    truth = metrics.get("truth") or {}
    calibration = metrics.get("calibration") or {}
    after = calibration.get("after") or {}
    rows = metrics["rows"]
    return {
        "training_rows": rows["training"]["rows"], "training_positives": rows["training"]["positives"],
        "training_sirens": rows["training"].get("sirens"),
        "validation_rows": rows["validation"]["rows"], "validation_positives": rows["validation"]["positives"],
        "test_rows": rows["test"]["rows"], "test_positives": rows["test"]["positives"],
        "base_rate": metrics["model"]["base_rate"],
        "aucpr_trees": metrics["model"]["aucpr"], "aucpr_baseline": metrics["baseline"]["aucpr"],
        "roc_auc_trees": metrics["model"]["roc_auc"], "roc_auc_baseline": metrics["baseline"]["roc_auc"],
        "trees_over_baseline": metrics["model"]["aucpr"] / metrics["baseline"]["aucpr"]
        if metrics["baseline"]["aucpr"] else None,
        # on the rows the generator's truth covers (all test rows of a generated sample)
        "aucpr_truth": truth.get("aucpr"), "aucpr_observable_ceiling": truth.get("observable_aucpr"),
        "trees_over_truth": truth.get("ratio"), "trees_over_ceiling": truth.get("ratio_to_observable"),
        "calibration": calibration.get("method"),
        "calibrated_mean": after.get("mean_predicted"), "observed_rate": after.get("observed_rate"),
    }


def models(named):
    """Markdown: one row per NAME=metrics.json (a run's model/metrics.json), in the order given."""
    lines = ["| sample | training rows (positives) + validation (positives) | test rows (positives) | base rate "
             "| AUCPR trees | AUCPR logistic | trees / logistic | ROC AUC trees / logistic | AUCPR truth "
             "| AUCPR observable ceiling | trees / truth | trees / ceiling | calibrated mean vs observed |",
             "|---|---|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---|"]
    for item in named:
        name, path = item.split("=", 1)
        m = model_figures(load(path))
        opt = lambda v, f="{:.3f}": "" if v is None else f.format(v)
        gap = "" if not m["calibrated_mean"] or not m["observed_rate"] else \
            f"{m['calibrated_mean']:.2%} vs {m['observed_rate']:.2%} ({m['calibrated_mean'] / m['observed_rate'] - 1:+.0%})"
        lines.append(f"| {name} | {m['training_rows']:,} ({m['training_positives']:,}) + {m['validation_rows']:,} "
                     f"({m['validation_positives']:,}) | {m['test_rows']:,} ({m['test_positives']:,}) | "
                     f"{m['base_rate']:.2%} | {m['aucpr_trees']:.3f} | {m['aucpr_baseline']:.3f} | "
                     f"{opt(m['trees_over_baseline'], '{:.2f}')} | {m['roc_auc_trees']:.2f} / {m['roc_auc_baseline']:.2f} | "
                     f"{opt(m['aucpr_truth'])} | {opt(m['aucpr_observable_ceiling'])} | {opt(m['trees_over_truth'], '{:.2f}')} | "
                     f"{opt(m['trees_over_ceiling'], '{:.2f}')} | {gap} |")
    return "\n".join(lines)


def table(paths):
    """Markdown: one block per results file, then the scaling across them."""
    runs = sorted((load(p) for p in paths), key=lambda r: r["scale"])
    lines = []
    for r in runs:
        lines.append(f"Scale {r['scale']:g}: {r['establishments']:,} establishments × {r['months']} months"
                     f" ({r['date'][:10]}, commit {r['commit']}, driver {r['driver_memory']})")
        lines.append("")
        lines.append("| step | time (s) | peak RSS (MiB) | ratio to floor | input rows | output rows | output MB |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|")
        for name, s in r["steps"].items():
            ratio = s.get("ratio_to_floor")
            lines.append(f"| {name} | {s['seconds']:.1f} | {s['peak_rss_mib'] or ''} | "
                         f"{'' if ratio is None else f'{ratio:.2f}'} | {fmt(s.get('input_rows'))} | "
                         f"{fmt(s.get('output_rows'))} | {s['output_bytes'] / 1e6:,.1f} |")
        t = r["totals"]
        lines.append(f"| **ingest + panel** | {t['ingest_panel_seconds']:.1f} | | "
                     f"{t['ingest_panel_ratio_to_floor']:.2f} | | | |")
        lines.append(f"| **chain** | {t['chain_seconds']:.1f} | | {t['chain_ratio_to_floor']:.2f} | | | |")
        if r["steps"]["panel"].get("ratio_to_write_floor") is not None:
            lines.append("")
            lines.append(f"Panel / write floor: {r['steps']['panel']['ratio_to_write_floor']:.2f}. Targets: "
                         + ", ".join(f"{k} {'met' if v else 'missed'}" for k, v in r.get("targets", {}).items()))
        lines.append("")
    if len(runs) > 1:
        # linear scaling: seconds per 1,000 establishments of each step at each scale, against the next smaller
        lines.append("| scale | step | seconds | s per 1,000 est. | × the smaller scale's |")
        lines.append("|---:|---|---:|---:|---:|")
        for small, big in zip(runs, runs[1:]):
            for name in CHAIN:
                per_small = small["steps"][name]["seconds"] / small["establishments"] * 1000
                per_big = big["steps"][name]["seconds"] / big["establishments"] * 1000
                lines.append(f"| {big['scale']:g} | {name} | {big['steps'][name]['seconds']:.0f} | {per_big:.2f} | "
                             f"{per_big / per_small:.2f} (vs {small['scale']:g}) |")
        lines.append("")
        lines.append("| scale | establishments | floor (s) | ingest (s) | panel (s) | train (s) | score (s) | chain (s) "
                     "| chain s per 1,000 est. |")
        lines.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in runs:
            s = r["steps"]
            chain = r["totals"]["chain_seconds"]
            lines.append(f"| {r['scale']:g} | {r['establishments']:,} | {s['floor']['seconds']:.0f} | "
                         f"{s['ingest']['seconds']:.0f} | {s['panel']['seconds']:.0f} | {s['train']['seconds']:.0f} | "
                         f"{s['score']['seconds']:.0f} | {chain:.0f} | {chain / r['establishments'] * 1000:.2f} |")
    modelled = [r for r in runs if r.get("model")]
    if modelled:
        # the learning curve: the test months' AUCPR against the sample's size
        lines.append("")
        lines.append("| scale | establishments | test rows (positives) | AUCPR trees | AUCPR logistic | trees / logistic "
                     "| AUCPR observable ceiling | trees / ceiling | AUCPR truth |")
        lines.append("|---:|---:|---|---:|---:|---:|---:|---:|---:|")
        for r in modelled:
            m = r["model"]
            opt = lambda v, f="{:.3f}": "" if v is None else f.format(v)
            lines.append(f"| {r['scale']:g} | {r['establishments']:,} | {m['test_rows']:,} ({m['test_positives']:,}) | "
                         f"{m['aucpr_trees']:.3f} | {m['aucpr_baseline']:.3f} | {opt(m['trees_over_baseline'], '{:.2f}')} | "
                         f"{opt(m['aucpr_observable_ceiling'])} | {opt(m['trees_over_ceiling'], '{:.2f}')} | "
                         f"{opt(m['aucpr_truth'])} |")
    return "\n".join(lines)


def fmt(n):
    return "" if n is None else f"{n:,}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", nargs="+", metavar="RESULTS")
    parser.add_argument("--models", nargs="+", metavar="NAME=METRICS")
    parser.add_argument("--scale")
    parser.add_argument("--establishments", type=int)
    parser.add_argument("--months", type=int)
    parser.add_argument("--work")
    parser.add_argument("--driver-memory")
    parser.add_argument("--commit")
    args = parser.parse_args()
    if args.table:
        print(table(args.table))
        return
    if args.models:
        print(models(args.models))
        return
    if not all([args.scale, args.establishments, args.months, args.work]):
        parser.error("--scale, --establishments, --months and --work are required (or --table)")
    json.dump(results(args), sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
