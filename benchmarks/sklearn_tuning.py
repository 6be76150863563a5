#!/usr/bin/python3
"""scikit-learn peer of the tuning benchmark: RandomizedSearchCV (20 draws, 3-fold inner CV) nested in 10-fold CV.

Run: /usr/bin/python3 benchmarks/sklearn_tuning.py [trials] [technique,...]
Same data and protocol as benchmarks/Tradeoff.Benchmarks/TuningBenchmark.cs: credit-g (1,000 rows), one-hot
nominal features, standardized numeric ones for the techniques that need scaling, stratified folds, seed 42; the
search spaces mirror the techniques' SearchSpace declarations (log-spaced integer lists stand for log-uniform ints).
"""
import platform
import sys
import time
import warnings

import numpy as np
import sklearn
from scipy.io import arff
from scipy.stats import loguniform
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import RandomizedSearchCV, StratifiedKFold, cross_val_score
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.tree import DecisionTreeClassifier

PATH = "examples/credit-scoring/credit-g.arff"


def log_ints(low, high):
    return sorted(set(int(round(v)) for v in np.geomspace(low, high, 40)))


SPACES = {
    "decision-tree": (DecisionTreeClassifier(random_state=42), False, {
        "max_depth": log_ints(1, 30), "min_samples_leaf": log_ints(1, 64), "criterion": ["gini", "entropy"]}),
    "random-forest": (RandomForestClassifier(random_state=42, n_jobs=2), False, {
        "n_estimators": log_ints(10, 300), "max_features": ["log2", "sqrt", 0.25, 0.5],
        "min_samples_leaf": log_ints(1, 32), "max_depth": log_ints(4, 40)}),
    "gradient-boosting": (HistGradientBoostingClassifier(random_state=42), False, {
        "max_iter": log_ints(20, 500), "max_leaf_nodes": log_ints(4, 128),
        "learning_rate": loguniform(0.01, 0.3), "min_samples_leaf": log_ints(2, 64)}),
    "logistic-regression": (LogisticRegression(max_iter=100), True, {"C": loguniform(1e-2, 1e3)}),
    "naive-bayes": (GaussianNB(), False, {"var_smoothing": loguniform(1e-10, 1)}),
    "k-nearest-neighbours": (KNeighborsClassifier(), True, {"n_neighbors": log_ints(1, 50), "weights": ["uniform", "distance"]}),
    "neural-network": (MLPClassifier(random_state=42), True, {
        "hidden_layer_sizes": [(32,), (100,), (64, 32), (300, 100)], "max_iter": log_ints(3, 40),
        "learning_rate_init": loguniform(1e-4, 1e-2)}),
}


def load():
    data, meta = arff.loadarff(PATH)
    names = meta.names()
    target = names[-1]
    nominal = [n for n in names[:-1] if meta[n][0] == "nominal"]
    numeric = [n for n in names[:-1] if meta[n][0] != "nominal"]
    x_nom = np.array([[row[n].decode() for n in nominal] for row in data])
    x_num = np.array([[row[n] for n in numeric] for row in data], dtype=np.float64)
    y = np.array([row[target].decode() == "bad" for row in data], dtype=int)
    return np.hstack([x_num, x_nom]).astype(object), y, len(numeric), len(nominal)


def main():
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    only = sys.argv[2].split(",") if len(sys.argv) > 2 else list(SPACES)
    warnings.filterwarnings("ignore", category=ConvergenceWarning)
    x, y, n_num, n_nom = load()
    print(f"scikit-learn {sklearn.__version__}, Python {platform.python_version()}, {len(y)} rows, {trials} trials, "
          f"10-fold nested CV, 3 inner folds, {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC")
    print("technique              total s  nested acc  chosen on all rows")
    start_all = time.perf_counter()
    for name in only:
        estimator, scale, space = SPACES[name]
        numeric = StandardScaler() if scale else "passthrough"
        prep = ColumnTransformer([
            ("num", numeric, list(range(n_num))),
            ("nom", OneHotEncoder(handle_unknown="ignore", sparse_output=False), list(range(n_num, n_num + n_nom)))])
        pipe = Pipeline([("prep", prep), ("model", estimator)])
        grid = {"model__" + k: v for k, v in space.items()}
        search = RandomizedSearchCV(pipe, grid, n_iter=trials, cv=StratifiedKFold(3, shuffle=True, random_state=42),
                                    random_state=42, n_jobs=1, scoring="accuracy")
        start = time.perf_counter()
        outer = cross_val_score(search, x, y, cv=StratifiedKFold(10, shuffle=True, random_state=42), scoring="accuracy")
        search.fit(x, y)
        chosen = ",".join(f"{k[7:]}={v}" for k, v in search.best_params_.items())
        print(f"{name:<22} {time.perf_counter() - start:8.1f}  {outer.mean():10.3f}  {chosen}", flush=True)
    print(f"total {time.perf_counter() - start_all:.1f} s for {len(only)} techniques")


if __name__ == "__main__":
    main()
