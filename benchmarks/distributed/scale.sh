#!/usr/bin/env bash
# Scale figures of distributed runs (docs/BENCHMARKS.md, "Distributed runs"): one study measured on one machine, then
# with each given number of worker processes on a team store (concurrency 1 each), every worker's per-job durations
# recorded; from the run with the fewest workers (its jobs ran one at a time, each with the machine to itself) a
# projection of the wall time on more, otherwise idle workers: the job graph is flat (one job per technique instance,
# no order between them), so its critical path is the busiest worker's share when the longest job goes first onto
# the least loaded worker, plus the coordinator's overhead measured in that run.
# Usage: benchmarks/distributed/scale.sh STUDY postgres://USER@HOST[:PORT]/DATABASE [WORKER-COUNTS, default "2"]
#   e.g. benchmarks/distributed/scale.sh examples/credit-scoring/study.yaml postgres://root@%2Fvar%2Frun%2Fpostgresql:5432/scale "1 2"
set -euo pipefail
study="$1"; store="$2"; counts="${3:-2}"
# TRADEOFF_DLL: a copy of the build to run (so that a rebuild meanwhile does not change the processes' files).
tradeoff=(dotnet "${TRADEOFF_DLL:-$(dirname "$0")/../../src/Tradeoff.Cli/bin/Release/net10.0/linux-x64/tradeoff.dll}")
out="$(mktemp -d)"
export CI=true
stamp() { echo "$(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"; }
echo "local run starts: $(stamp)"
start=$(date +%s.%N)
"${tradeoff[@]}" run "$study" --store "$out/local.db" --quiet > /dev/null
local_s=$(echo "$(date +%s.%N) - $start" | bc)
echo "local: ${local_s} s; ends $(stamp)"
for workers in $counts; do
  pids=()
  for i in $(seq "$workers"); do
    "${tradeoff[@]}" worker --store "$store" 2> "$out/worker-$workers-$i.err" > /dev/null &
    pids+=($!)
    until grep -q "measuring the jobs of" "$out/worker-$workers-$i.err"; do sleep 0.5; done
  done
  echo "distributed run, $workers workers, starts: $(stamp)"
  start=$(date +%s.%N)
  "${tradeoff[@]}" run "$study" --store "$store" --distributed --fresh --quiet > /dev/null
  dist_s=$(echo "$(date +%s.%N) - $start" | bc)
  echo "distributed, $workers workers: ${dist_s} s; ends $(stamp)"
  kill "${pids[@]}"
  wait "${pids[@]}" 2> /dev/null || true
  for i in $(seq "$workers"); do
    grep -h "worker: measured " "$out/worker-$workers-$i.err" | sed "s/.*measured \(.*\) of run .* in \(.*\) s/$i \1 \2/"
  done > "$out/jobs-$workers.txt"
  echo "$dist_s" > "$out/wall-$workers.txt"
  echo "per-job durations, $workers workers (worker, technique, s):"; cat "$out/jobs-$workers.txt"
done
python3 - "$out" "$local_s" $counts <<'PY'
import sys
out, local, counts = sys.argv[1], float(sys.argv[2]), [int(c) for c in sys.argv[3:]]
def run(workers):
    rows = [l.split() for l in open(f"{out}/jobs-{workers}.txt") if l.strip()]
    wall = float(open(f"{out}/wall-{workers}.txt").read())
    busiest = max(sum(float(r[-1]) for r in rows if r[0] == w) for w in {r[0] for r in rows})
    return rows, wall, busiest
for w in counts:
    rows, wall, busiest = run(w)
    jobs = [float(r[-1]) for r in rows]
    print(f"{w} workers: wall {wall:.1f} s (local/distributed {local / wall:.2f}); sum of jobs {sum(jobs):.1f} s, "
          f"longest job {max(jobs):.1f} s, busiest worker {busiest:.1f} s, coordinator and queue overhead {wall - busiest:.1f} s")
base = min(counts)
rows, wall, busiest = run(base)
jobs = sorted((float(r[-1]) for r in rows), reverse=True)
# What the wall time holds beyond the busiest worker's jobs: data upload, queue polling, the coordinator's own steps.
overhead = wall - busiest
print(f"projection from the {base}-worker run's job durations (longest job {jobs[0]:.1f} s, overhead {overhead:.1f} s):")
for w in sorted({1, 2, 4, 16, 64}):
    load = [0.0] * w
    for j in jobs:
        load[load.index(min(load))] += j
    print(f"  {w} workers: {max(load) + overhead:.1f} s (busiest worker {max(load):.1f} s + overhead)")
PY
rm -rf "$out"
