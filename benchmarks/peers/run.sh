#!/usr/bin/env bash
# Tradeoff's techniques beside their Weka and scikit-learn peers (issue 15): 10 x 10-fold cross-validation accuracy
# on the classification ARFF files of ../shared/datasets, one fold a row in benchmarks/peers/folds/<data set>.csv,
# then the table of docs/VALIDATION.md (benchmarks/peers/Table.cs) in benchmarks/peers/table.csv and table.md.
#   Tradeoff: a study per data set, every technique with its defaults, stratified folds, seed 42, repeats 10.
#   Weka 3.6.14 (Debian's `weka`): the Experimenter's cross-validation through its API (WekaExperiment.java), runs 1-10.
#   scikit-learn 1.2 (Debian's `python3-sklearn`, /usr/bin/python3): RepeatedStratifiedKFold, seed 42 (sklearn_peers.py).
# The three use their own fold assignments; Table.cs compares them by the corrected resampled t-test for two
# independent sets of 100 fold scores (Tradeoff.Core's CorrectedResampledT.IndependentTest).
# A data set's fold file of a tool is kept once written (delete benchmarks/peers/folds/ to measure again), and so is
# Weka's CSV of each scheme in folds/weka/; the cheap data sets run first. WEKA_SCHEMES (class names, space-separated)
# runs only those Weka schemes: WekaExperiment.java's list without MultilayerPerceptron on the large data sets, then
# `rm folds/NAME.weka.csv` and MultilayerPerceptron alone, adds it (it takes hours there on a shared machine).
# Usage: benchmarks/peers/run.sh [datasets folder] [data set ...]   (from the repository root)
set -euo pipefail
datasets=${1:-../shared/datasets}
shift || true
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(weather.nominal weather.numeric iris breast-cancer diabetes credit-g segment-challenge)
here=benchmarks/peers
folds=$here/folds
mkdir -p "$folds"
weka=/usr/share/java/weka.jar
# The peers come from Debian: Weka 3.6.14 (`weka`, with its Java runtime) and scikit-learn 1.2 (`python3-sklearn`).
# They are installed here, not by scripts/setup.sh: only this benchmark needs them, and Weka's JRE is large.
peer_packages=()
for p in weka python3-sklearn; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || peer_packages+=("$p")
done
if [ ${#peer_packages[@]} -gt 0 ]; then
  sudo_=""
  [ "$(id -u)" -eq 0 ] || sudo_="sudo"
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq "${peer_packages[@]}"
fi
tradeoff=${TRADEOFF_DLL:-src/Tradeoff.Cli/bin/Release/net10.0/linux-x64/tradeoff.dll}
[ -f "$tradeoff" ] || dotnet build src/Tradeoff.Cli -c Release -v quiet -nologo >/dev/null
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 # one thread per tool: the three run side by side

tradeoff_folds() { # data set name -> $folds/NAME.tradeoff.csv
  local name=$1 work
  work=$(mktemp -d)
  cp "$datasets/$name.arff" "$work/"
  cat >"$work/study.yaml" <<STUDY
name: Tradeoff beside Weka and scikit-learn on $name
data:
  train: $name.arff
techniques: [baseline, one-rule, decision-tree, naive-bayes, logistic-regression, k-nearest-neighbours, random-forest, gradient-boosting, neural-network]
protocol: { folds: 10, repeats: 10, seed: 42, qualities: [accuracy] }
STUDY
  local start=$SECONDS
  nice -n 10 dotnet "$tradeoff" run "$work/study.yaml" --json "$work/results.json" --store "$work/store.db" >"$work/log" 2>&1 ||
    { cat "$work/log" >&2; return 1; }
  python3 - "$work/results.json" "$name" >"$folds/$name.tradeoff.csv.partial" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print("dataset,tool,peer,repeat,fold,train,test,accuracy")
for t in d["techniques"]:
    a = t["qualities"]["accuracy"]
    samples = a.get("samples") or []
    if len(samples) != 100:
        sys.exit(f"{sys.argv[2]} {t['id']}: {len(samples)} fold scores, not 100 ({a.get('notAvailable', '')})")
    for i, s in enumerate(samples):
        print(f"{sys.argv[2]},Tradeoff,{t['id']},{i // 10 + 1},{i % 10 + 1},,,{s:.6f}")
PY
  mv "$folds/$name.tradeoff.csv.partial" "$folds/$name.tradeoff.csv"
  echo "$name Tradeoff $((SECONDS - start)) s" >&2
  rm -rf "$work"
}

weka_folds() { # data set name -> $folds/NAME.weka.csv, from Weka's own CSV per scheme, kept in $folds/weka/
  local name=$1 start=$SECONDS
  mkdir -p "$folds/weka"
  # shellcheck disable=SC2086 # WEKA_SCHEMES is a list of class names
  nice -n 10 java -cp "$weka" "$here/WekaExperiment.java" "$datasets/$name.arff" "$folds/weka" ${WEKA_SCHEMES:-} \
    2> >(grep -v -i -E "jdbc|editors|additional measures|unchecked" >&2)
  python3 - "$name" "$folds/weka/$name".*.csv >"$folds/$name.weka.csv.partial" <<'PY'
import csv, sys
print("dataset,tool,peer,repeat,fold,train,test,accuracy")
for path in sys.argv[2:]:
    for r in csv.DictReader(open(path)):
        scheme = r["Key_Scheme"].split(".")[-1]
        print(f"{sys.argv[1]},Weka 3.6.14,{scheme},{r['Key_Run']},{r['Key_Fold']},{int(float(r['Number_of_training_instances']))},"
              f"{int(float(r['Number_of_testing_instances']))},{float(r['Percent_correct']) / 100:.6f}")
PY
  mv "$folds/$name.weka.csv.partial" "$folds/$name.weka.csv"
  echo "$name Weka $((SECONDS - start)) s" >&2
}

sklearn_folds() { # data set name -> $folds/NAME.sklearn.csv
  local start=$SECONDS
  nice -n 10 /usr/bin/python3 "$here/sklearn_peers.py" "$datasets/$1.arff" "$folds/$1.sklearn.csv"
  echo "$1 scikit-learn $((SECONDS - start)) s" >&2
}

for name in "${names[@]}"; do
  pids=()
  [ -f "$folds/$name.tradeoff.csv" ] || { tradeoff_folds "$name" & pids+=($!); }
  [ -f "$folds/$name.weka.csv" ] || { weka_folds "$name" & pids+=($!); }
  [ -f "$folds/$name.sklearn.csv" ] || { sklearn_folds "$name" & pids+=($!); }
  for pid in "${pids[@]}"; do wait "$pid"; done
done
dotnet run "$here/Table.cs" -- "$here"
