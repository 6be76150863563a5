#!/usr/bin/env bash
# Scale figure of distributed runs (docs/BENCHMARKS.md, "Distributed runs"): one study measured on one machine, then
# with 2 worker processes on a team store, each worker's per-job durations recorded; from them a projection of the
# wall time on more workers (longest job first onto the least loaded worker, the job graph being flat: one job per
# technique instance). Usage: benchmarks/distributed/scale.sh STUDY postgres://USER@HOST[:PORT]/DATABASE [WORKERS]
set -euo pipefail
study="$1"; store="$2"; workers="${3:-2}"
tradeoff=(dotnet "$(dirname "$0")/../../src/Tradeoff.Cli/bin/Release/net10.0/linux-x64/tradeoff.dll")
out="$(mktemp -d)"
export CI=true
echo "load before: $(uptime)"
start=$(date +%s.%N)
"${tradeoff[@]}" run "$study" --store "$out/local.db" --quiet > /dev/null
local_s=$(echo "$(date +%s.%N) - $start" | bc)
echo "local: ${local_s} s; load: $(uptime | sed 's/.*load/load/')"
pids=()
for i in $(seq "$workers"); do
  "${tradeoff[@]}" worker --store "$store" 2> "$out/worker-$i.err" > /dev/null &
  pids+=($!)
  until grep -q "measuring the jobs of" "$out/worker-$i.err"; do sleep 0.5; done
done
start=$(date +%s.%N)
"${tradeoff[@]}" run "$study" --store "$store" --distributed --fresh --quiet > /dev/null
dist_s=$(echo "$(date +%s.%N) - $start" | bc)
echo "distributed, $workers workers: ${dist_s} s; load: $(uptime | sed 's/.*load/load/')"
kill "${pids[@]}"
wait "${pids[@]}" 2> /dev/null || true
for i in $(seq "$workers"); do
  grep -h "worker: measured " "$out/worker-$i.err" | sed "s/.*measured \(.*\) of run .* in \(.*\) s/$i \1 \2/"
done > "$out/jobs.txt"
echo "per-job durations (worker, technique, s):"; cat "$out/jobs.txt"
python3 - "$out/jobs.txt" "$local_s" "$dist_s" "$workers" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
jobs = sorted((float(r[-1]) for r in rows), reverse=True)
local, dist, measured_workers = float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
busiest = max(sum(float(r[-1]) for r in rows if r[0] == w) for w in {r[0] for r in rows})
# What the wall time holds beyond the busiest worker's jobs: data upload, queue polling, the coordinator's own steps.
overhead = dist - busiest
print(f"local/distributed wall time: {local / dist:.2f}; sum of jobs {sum(jobs):.1f} s, longest job {jobs[0]:.1f} s, "
      f"busiest worker {busiest:.1f} s, coordinator and queue overhead {overhead:.1f} s")
for w in (1, measured_workers, 4, 16, 64):
    load = [0.0] * w
    for j in jobs:
        load[load.index(min(load))] += j
    print(f"projection, {w} workers: {max(load) + overhead:.1f} s (busiest worker {max(load):.1f} s + overhead)")
PY
rm -rf "$out"
