#!/usr/bin/env bash
# Our decision tree (pruned by default, unpruned, and entropy with 2 rows per leaf) beside Weka's J48 (default:
# confidence 0.25, subtree raising; -S without raising, as ours prunes; -B with binary splits on nominal
# attributes, as ours splits; -U unpruned) by 10 x 10-fold cross-validation
# accuracy on the classification ARFF files of ../shared/datasets. Ours: stratified folds, seed 42, repeats 10;
# Weka: J48 -t with cross-validation seeds 1 to 10 (Debian's `weka` package), the mean of the ten runs.
# Usage: benchmarks/j48_trees.sh [datasets folder] (run from the repository root; prints a Markdown table).
set -euo pipefail
datasets=${1:-../shared/datasets}
weka=/usr/share/java/weka.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/Tradeoff.Cli -c Release -v quiet -nologo >/dev/null

j48() { # file, extra options: mean accuracy over cross-validation seeds 1 to 10
  for seed in 1 2 3 4 5 6 7 8 9 10; do
    java -cp "$weka" weka.classifiers.trees.J48 "${@:2}" -t "$1" -s "$seed" -o -v 2>/dev/null |
      awk '/Correctly Classified/ { print $5 / 100 }'
  done | awk '{ s += $1 } END { printf "%.3f", s / NR }'
}

echo "| data set | decision-tree (pruned) | pruning: none | entropy, 2 rows per leaf, pruned | J48 | J48 -S (no raising) | J48 -B (binary nominal splits) | J48 -U (unpruned) |"
echo "|---|---|---|---|---|---|---|---|"
for name in diabetes credit-g breast-cancer iris segment-challenge; do
  cp "$datasets/$name.arff" "$work/"
  cat >"$work/$name.yaml" <<STUDY
name: decision tree beside J48 on $name
data:
  train: $name.arff
techniques:
  - decision-tree
  - { id: decision-tree, name: unpruned, pruning: none }
  - { id: decision-tree, name: entropy-m2, criterion: entropy, min-rows-per-leaf: 2 }
protocol: { folds: 10, repeats: 10, seed: 42, qualities: [accuracy] }
STUDY
  dotnet run --project src/Tradeoff.Cli -c Release --no-build -- run "$work/$name.yaml" \
    --json "$work/$name.json" --store "$work/store.db" >/dev/null
  ours=$(python3 -c "import json, sys
d = json.load(open(sys.argv[1]))
acc = {t['id']: t['qualities']['accuracy'] for t in d['techniques']}
print(' | '.join(f\"{acc[i]['value']:.3f} ± {acc[i]['std']:.3f}\" for i in ['decision-tree', 'unpruned', 'entropy-m2']))" "$work/$name.json")
  peers=$(for options in "" -S -B -U; do echo -n "$(j48 "$work/$name.arff" $options) | "; done)
  echo "| $name | $ours | ${peers% }"
done
