#!/usr/bin/python3
"""A scikit-learn gradient-boosting pipeline as a Tradeoff `command` technique (docs/BRING-YOUR-OWN.md):

  train.py fit TRAIN.csv MODEL_DIR   fits on TRAIN.csv (a header, the features by name, the target last) and
                                     writes the fitted pipeline to MODEL_DIR
  train.py predict MODEL_DIR         reads the header line, then batches of CSV rows each ended by an empty line,
                                     on standard input; answers one line per row, LABEL,CLASS=P,CLASS=P, and flushes
                                     after each batch

Numeric columns are imputed (median); any other column is one-hot encoded. Uses only the standard library,
numpy and scikit-learn (Debian's python3-sklearn).
"""
import csv
import io
import os
import pickle
import sys

import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import GradientBoostingClassifier, GradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder


def numeric(values):
    try:
        [float(v) for v in values if v != ""]
        return True
    except ValueError:
        return False


def matrix(rows, kinds):
    return np.array([[(float(v) if v != "" else np.nan) if k else v for v, k in zip(r, kinds)] for r in rows], dtype=object)


def fit(train_path, model_dir):
    with open(train_path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    features = [r[:-1] for r in rows]
    target = [r[-1] for r in rows]
    kinds = [numeric([r[i] for r in features]) for i in range(len(header) - 1)]
    columns = ColumnTransformer([
        ("numeric", SimpleImputer(strategy="median"), [i for i, k in enumerate(kinds) if k]),
        ("nominal", OneHotEncoder(handle_unknown="ignore"), [i for i, k in enumerate(kinds) if not k]),
    ])
    seed = int(os.environ.get("TRADEOFF_SEED", "42"))
    regression = os.environ.get("TRADEOFF_TASK") == "regression"
    learner = GradientBoostingRegressor(random_state=seed) if regression else GradientBoostingClassifier(random_state=seed)
    pipeline = make_pipeline(columns, learner)
    pipeline.fit(matrix(features, kinds), np.array([float(t) for t in target]) if regression else np.array(target))
    with open(os.path.join(model_dir, "pipeline.pkl"), "wb") as f:
        pickle.dump({"kinds": kinds, "regression": regression, "pipeline": pipeline}, f)


def predict(model_dir):
    with open(os.path.join(model_dir, "pipeline.pkl"), "rb") as f:
        saved = pickle.load(f)
    pipeline, kinds = saved["pipeline"], saved["kinds"]
    sys.stdin.readline()  # the header: the columns come in the order they were fitted in
    batch = []
    for line in sys.stdin:
        if line.strip():
            batch.append(line)
            continue
        rows = list(csv.reader(io.StringIO("".join(batch))))
        x = matrix(rows, kinds)
        if saved["regression"]:
            answers = [repr(float(v)) for v in pipeline.predict(x)]
        else:
            classes = pipeline.classes_
            answers = [",".join([str(classes[p.argmax()])] + [f"{c}={q:.6f}" for c, q in zip(classes, p)]) for p in pipeline.predict_proba(x)]
        sys.stdout.write("".join(a + "\n" for a in answers))
        sys.stdout.flush()
        batch = []


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "fit":
        fit(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "predict":
        predict(sys.argv[2])
    else:
        sys.exit("usage: train.py fit TRAIN.csv MODEL_DIR | train.py predict MODEL_DIR")
