#!/usr/bin/python3
"""The scikit-learn peers of Tradeoff's techniques: 10 x 10-fold cross-validation on one ARFF file, one fold a row.

RepeatedStratifiedKFold(10 folds, 10 repeats, random_state 42): scikit-learn's own fold assignment, not Tradeoff's
nor Weka's (RepeatedKFold when a class has fewer than 10 rows, which scikit-learn cannot stratify). Inside each fold: nominal features imputed with their mode and one-hot encoded, numeric ones imputed
with their mean and standardized (CategoricalNB gets the nominal features ordinally encoded instead: it is the naive
Bayes peer on data without numeric features, GaussianNB on the others). Every estimator has its defaults, with
random_state 42 where it has one.
Usage: /usr/bin/python3 benchmarks/peers/sklearn_peers.py DATA.arff OUT.csv
Writes CSV rows: dataset,tool,peer,repeat,fold,train,test,accuracy. When OUT.csv exists, its peers with all 100 folds
are kept and only the others are measured (a long run can be finished peer by peer); SKLEARN_PEERS (names,
space-separated) measures only those peers.
"""
import csv
import os
import sys
import time
import warnings

import numpy as np
from scipy.io import arff
from sklearn import __version__ as sklearn_version
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.exceptions import ConvergenceWarning
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import RepeatedKFold, RepeatedStratifiedKFold
from sklearn.naive_bayes import CategoricalNB, GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder, StandardScaler
from sklearn.tree import DecisionTreeClassifier


def load(path):
    rows, meta = arff.loadarff(path)
    names = meta.names()
    target = names[-1]
    y = np.array([v.decode() for v in rows[target]])
    nominal = [n for n in names[:-1] if meta[n][0] == "nominal"]
    numeric = [n for n in names[:-1] if meta[n][0] != "nominal"]
    x = np.empty((len(y), len(names) - 1), dtype=object)
    for i, n in enumerate(nominal + numeric):
        column = [v.decode() if isinstance(v, bytes) else float(v) for v in rows[n]]
        x[:, i] = [np.nan if v == "?" else v for v in column]
    levels = [list(meta[n][1]) for n in nominal]
    return x, y, len(nominal), len(numeric), levels


def prep(n_nominal, n_numeric):
    nominal = make_pipeline(SimpleImputer(strategy="most_frequent"), OneHotEncoder(handle_unknown="ignore"))
    numeric = make_pipeline(SimpleImputer(), StandardScaler())
    return ColumnTransformer([
        ("nominal", nominal, list(range(n_nominal))),
        ("numeric", numeric, list(range(n_nominal, n_nominal + n_numeric))),
    ], sparse_threshold=0)


def peers(n_nominal, n_numeric, levels):
    dense = lambda model: make_pipeline(prep(n_nominal, n_numeric), model)
    if n_numeric == 0:
        naive_bayes = ("CategoricalNB", lambda: make_pipeline(
            SimpleImputer(strategy="most_frequent"),
            OrdinalEncoder(categories=levels),
            CategoricalNB(min_categories=[len(l) for l in levels])))
    else:
        naive_bayes = ("GaussianNB", lambda: dense(GaussianNB()))
    return dict([
        ("DummyClassifier", lambda: dense(DummyClassifier())),
        ("DecisionTreeClassifier", lambda: dense(DecisionTreeClassifier(random_state=42))),
        naive_bayes,
        ("LogisticRegression", lambda: dense(LogisticRegression(max_iter=1000))),
        ("KNeighborsClassifier", lambda: dense(KNeighborsClassifier())),
        ("RandomForestClassifier", lambda: dense(RandomForestClassifier(random_state=42))),
        ("HistGradientBoostingClassifier", lambda: dense(HistGradientBoostingClassifier(random_state=42))),
        ("MLPClassifier", lambda: dense(MLPClassifier(random_state=42))),
    ])


def main():
    path, out = sys.argv[1], sys.argv[2]
    name = os.path.basename(path)[: -len(".arff")]
    warnings.simplefilter("ignore", ConvergenceWarning)
    warnings.simplefilter("ignore", UserWarning)  # fewer members of a class than folds (weather)
    x, y, n_nominal, n_numeric, levels = load(path)
    # scikit-learn cannot stratify 10 folds when a class has fewer than 10 rows (weather: 5 "no"): plain folds then.
    smallest = min(np.unique(y, return_counts=True)[1])
    splitter = RepeatedStratifiedKFold if smallest >= 10 else RepeatedKFold
    folds = list(splitter(n_splits=10, n_repeats=10, random_state=42).split(x, y))
    kept = []
    if os.path.exists(out):
        with open(out, newline="") as f:
            rows = list(csv.reader(f))[1:]
        kept = [r for r in rows if sum(1 for o in rows if o[2] == r[2]) == len(folds)]
    done = {r[2] for r in kept}
    wanted = os.environ.get("SKLEARN_PEERS", "").split()
    with open(out + ".partial", "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["dataset", "tool", "peer", "repeat", "fold", "train", "test", "accuracy"])
        writer.writerows(kept)
        for peer, make in peers(n_nominal, n_numeric, levels).items():
            if peer in done or (wanted and peer not in wanted):
                continue
            start = time.time()
            for i, (train, test) in enumerate(folds):
                model = make().fit(x[train], y[train])
                accuracy = float(np.mean(model.predict(x[test]) == y[test]))
                writer.writerow([name, f"scikit-learn {sklearn_version}", peer, i // 10 + 1, i % 10 + 1, len(train), len(test), f"{accuracy:.6f}"])
            print(f"{name} {peer} {time.time() - start:.1f} s", file=sys.stderr)
    os.replace(out + ".partial", out)


if __name__ == "__main__":
    main()
