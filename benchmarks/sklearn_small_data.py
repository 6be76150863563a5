#!/usr/bin/python3
"""Peers of the adaptive defaults (issue 15): scikit-learn on the small ARFF data sets by 10-fold cross-validation.

Stratified 10-fold with shuffling (seed 42; not Tradeoff's fold assignment), nominal features one-hot, numeric ones
standardized, inside each fold. Prints mean and sd of accuracy for MLPClassifier (its defaults, and (300, 100) like
Tradeoff's network), KNeighborsClassifier (k = 5, scikit-learn's default; k = 1, Weka IBk's) and
HistGradientBoostingClassifier (its defaults, 20 rows per leaf).
Usage: /usr/bin/python3 benchmarks/sklearn_small_data.py [FOLDER]   (default ../shared/datasets)
"""
import os
import sys
import warnings

import numpy as np
from scipy.io import arff
from sklearn import __version__ as sklearn_version
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.exceptions import ConvergenceWarning
from sklearn.impute import SimpleImputer
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

DATA = ["iris", "diabetes", "credit-g", "breast-cancer", "segment-challenge"]


def load(path):
    rows, meta = arff.loadarff(path)
    names = meta.names()
    target = names[-1]
    y = np.array([v.decode() for v in rows[target]])
    nominal = [n for n in names[:-1] if meta[n][0] == "nominal"]
    numeric = [n for n in names[:-1] if meta[n][0] != "nominal"]
    x = np.empty((len(y), len(names) - 1), dtype=object)
    for i, n in enumerate(nominal + numeric):
        x[:, i] = [v.decode() if isinstance(v, bytes) else v for v in rows[n]]
    prep = ColumnTransformer([
        ("nominal", OneHotEncoder(handle_unknown="ignore"), list(range(len(nominal)))),
        ("numeric", make_pipeline(SimpleImputer(), StandardScaler()), list(range(len(nominal), len(names) - 1))),
    ], sparse_threshold=0)
    return x, y, prep


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "datasets")
    warnings.simplefilter("ignore", ConvergenceWarning)
    peers = {
        "MLPClassifier()": lambda: MLPClassifier(random_state=42),
        "MLPClassifier((300, 100))": lambda: MLPClassifier((300, 100), random_state=42),
        "KNeighbors k=5": lambda: KNeighborsClassifier(5),
        "KNeighbors k=1": lambda: KNeighborsClassifier(1),
        "HistGradientBoosting": lambda: HistGradientBoostingClassifier(random_state=42),
    }
    print(f"scikit-learn {sklearn_version}, stratified 10-fold, seed 42")
    for name in DATA:
        x, y, prep = load(os.path.join(folder, name + ".arff"))
        folds = StratifiedKFold(10, shuffle=True, random_state=42)
        for peer, make in peers.items():
            scores = cross_val_score(make_pipeline(prep, make()), x, y, cv=folds)
            print(f"{name:18} {peer:28} {scores.mean():.3f} ± {scores.std(ddof=1):.3f}")


if __name__ == "__main__":
    main()
