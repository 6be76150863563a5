#!/usr/bin/env bash
# Gradient boosting beside scikit-learn's HistGradientBoostingClassifier on Fashion-MNIST, in one session, alternating
# (issue 15): per round scikit-learn, then Tradeoff's gradient-boosting deterministic (the default), then with
# deterministic=false; each process with 2 threads and passive OpenMP waiting, the load average logged before each.
# Usage (repository root): benchmarks/boosting_pair.sh [rounds] [extra arguments for both, e.g. --rows 20000]
# Medians of the rounds go in docs/BENCHMARKS.md ("Techniques: ML.NET").
set -euo pipefail
rounds=${1:-3}
shift || true
extra=("$@")
data=${FASHION_MNIST:-/usr/share/datasets/fashion-mnist}
bench=benchmarks/Tradeoff.Benchmarks/bin/Release/net10.0/linux-x64/Tradeoff.Benchmarks.dll
[ -f "$bench" ] || dotnet build benchmarks/Tradeoff.Benchmarks -c Release -v quiet -nologo >/dev/null
export OMP_NUM_THREADS=2 OMP_WAIT_POLICY=passive
for round in $(seq "$rounds"); do
  echo "# round $round, $(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/python3 benchmarks/sklearn_mlnet.py "$data" hgb "${extra[@]}" | grep -v "^scikit-learn"
  echo "#   $(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
  dotnet "$bench" mlnet gradient-boosting --data "$data" "${extra[@]}" | grep "^tradeoff"
  echo "#   $(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
  dotnet "$bench" mlnet gradient-boosting --data "$data" --set deterministic=false "${extra[@]}" | grep "^tradeoff"
done
echo "# end $(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
