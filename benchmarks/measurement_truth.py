#!/usr/bin/env python3
"""measurement-truth: are Tradeoff's timed qualities steady-state figures?

Runs every technique on the shipped data sets (iris, diabetes, credit-g) three times in separate processes:
twice with the default runtime (tiered compilation with dynamic PGO) and once with DOTNET_TieredCompilation=0
(every method fully optimized from its first call). A steady-state figure of the default runtime is at most
1.25x the fully optimized one, and two default runs agree within 1.25x.

Usage (from the repository root, after `dotnet build src/Tradeoff.Cli -c Release`):
    /usr/bin/python3 benchmarks/measurement_truth.py [--out DIR] [--markdown]
Prints a table per quality and a verdict; --markdown prints the tables for docs/BENCHMARKS.md.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = os.path.join(ROOT, "src", "Tradeoff.Cli", "bin", "Release", "net10.0", "linux-x64", "tradeoff.dll")
DATA = {
    "iris": ("tests/data/iris.arff", "class"),
    "diabetes": ("examples/medical-risk/diabetes.arff", "class"),
    "credit-g": ("examples/credit-scoring/credit-g.arff", "class"),
}
QUALITIES = ["latency.p50", "latency.p99", "throughput", "train-time", "energy.predict",
             "incremental.update-time", "incremental.retrain-time"]
RUNS = [("default-1", {}), ("default-2", {}), ("tc0", {"DOTNET_TieredCompilation": "0"})]
LIMIT = 1.25


def study(path, target):
    return "\n".join([
        "name: measurement-truth",
        f"data: {{ train: {os.path.join(ROOT, path)}, target: {target} }}",
        "techniques: all",
        "protocol:",
        "  seed: 42",
        f"  qualities: [{', '.join(QUALITIES)}]",
        "",
    ])


def run(out, name, data, env_extra):
    folder = os.path.join(out, data)
    os.makedirs(folder, exist_ok=True)
    study_path = os.path.join(folder, "study.yaml")
    with open(study_path, "w", encoding="utf-8") as f:
        f.write(study(*DATA[data]))
    result = os.path.join(folder, f"{name}.json")
    env = dict(os.environ, **env_extra)
    subprocess.run(["dotnet", CLI, "run", study_path, "--fresh", "--json", result, "--store", os.path.join(folder, f"{name}.db")],
                   env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(result, encoding="utf-8") as f:
        doc = json.load(f)
    return {t["id"]: {q: v.get("value") for q, v in t["qualities"].items() if v.get("isAvailable")} for t in doc["techniques"]}


def ratio(a, b):
    if a is None or b is None or a <= 0 or b <= 0:
        return None
    return a / b


def fmt(x, digits=3):
    return "-" if x is None else f"{x:.{digits}g}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=tempfile.mkdtemp(prefix="measurement-truth-"))
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    results = {}
    for data in DATA:
        for name, env in RUNS:
            print(f"{data}: {name}", file=sys.stderr)
            results[(data, name)] = run(args.out, name, data, env)

    failures = []
    for quality in QUALITIES:
        # throughput is higher-is-better: the slow side is the smaller figure
        slow = (lambda a, b: ratio(b, a)) if quality == "throughput" else ratio
        rows = []
        for data in DATA:
            for technique in results[(data, "default-1")]:
                v = [results[(data, n)].get(technique, {}).get(quality) for n, _ in RUNS]
                if all(x is None for x in v):
                    continue
                to_opt = max((r for r in (slow(v[0], v[2]), slow(v[1], v[2])) if r is not None), default=None)
                between = ratio(max(v[0], v[1]), min(v[0], v[1])) if v[0] and v[1] else None
                ok = (to_opt is None or to_opt <= LIMIT) and (between is None or between <= LIMIT)
                if quality == "latency.p50" and not ok:
                    failures.append(f"{data} {technique}")
                rows.append((data, technique, v, to_opt, between, ok))
        print(f"\n### {quality}\n" if args.markdown else f"\n{quality}")
        print("| data | technique | default 1 | default 2 | TieredCompilation=0 | default / optimized | run 1 vs run 2 | within 1.25x |")
        print("|---|---|---|---|---|---|---|---|")
        for data, technique, v, to_opt, between, ok in rows:
            print(f"| {data} | {technique} | {fmt(v[0])} | {fmt(v[1])} | {fmt(v[2])} | {fmt(to_opt)} | {fmt(between)} | {'yes' if ok else 'NO'} |")

    print("\nbaseline cheapest per prediction (energy.predict):")
    for data in DATA:
        for name, _ in RUNS:
            r = results[(data, name)]
            cheapest = min((t for t in r if "energy.predict" in r[t]), key=lambda t: r[t]["energy.predict"])
            print(f"  {data} {name}: {cheapest}{'' if cheapest == 'baseline' else '  <-- not the baseline'}")
    print(f"\nlatency.p50 outside 1.25x: {', '.join(failures) if failures else 'none'}  (results in {args.out})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
