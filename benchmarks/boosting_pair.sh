#!/usr/bin/env bash
# Gradient boosting beside scikit-learn's HistGradientBoostingClassifier on Fashion-MNIST, in one session (issue 15):
# scikit-learn with its 255 bins and with 63, Tradeoff's gradient-boosting with its defaults (deterministic; 63 bins
# from 10,000 training rows, so 63 on all rows), with max-bins=255 (the default before 2026-12-05), and with its
# defaults and quantized-gradients=16; each process with 2 threads and passive OpenMP waiting, the load average logged
# beside each.
# Usage (repository root): benchmarks/boosting_pair.sh [rounds] [--together] [extra arguments for all, e.g. --rows 20000]
# Alternating (the default) runs the five one after the other per round; --together starts the five of a round at
# once, so that on a shared machine each meets the same load (compare CPU times then: wall times include the others).
# Medians of the rounds go in docs/BENCHMARKS.md ("Techniques: ML.NET").
set -euo pipefail
rounds=${1:-3}
shift || true
together=false
extra=()
for arg in "$@"; do
  if [ "$arg" = "--together" ]; then together=true; else extra+=("$arg"); fi
done
data=${FASHION_MNIST:-/usr/share/datasets/fashion-mnist}
bench=benchmarks/Tradeoff.Benchmarks/bin/Release/net10.0/linux-x64/Tradeoff.Benchmarks.dll
[ -f "$bench" ] || dotnet build benchmarks/Tradeoff.Benchmarks -c Release -v quiet -nologo >/dev/null
export OMP_NUM_THREADS=2 OMP_WAIT_POLICY=passive
stamp() { echo "$(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"; }
runs=(
  "/usr/bin/python3 benchmarks/sklearn_mlnet.py $data hgb --no-latency"
  "/usr/bin/python3 benchmarks/sklearn_mlnet.py $data hgb --max-bins 63 --no-latency"
  "dotnet $bench mlnet gradient-boosting --data $data"
  "dotnet $bench mlnet gradient-boosting --data $data --set max-bins=255"
  "dotnet $bench mlnet gradient-boosting --data $data --set quantized-gradients=16"
)
out=$(mktemp -d)
for round in $(seq "$rounds"); do
  echo "# round $round, $(stamp)"
  for i in "${!runs[@]}"; do
    if $together; then
      { echo "#   started $(stamp)"; ${runs[$i]} "${extra[@]}" | grep "^sklearn \|^tradeoff "; echo "#   ended $(stamp)"; } > "$out/$i" &
    else
      echo "#   $(stamp)"
      ${runs[$i]} "${extra[@]}" | grep "^sklearn \|^tradeoff "
    fi
  done
  if $together; then
    wait
    cat "$out"/*
  fi
done
echo "# end $(stamp)"
rm -r "$out"
