#!/usr/bin/python3
"""scikit-learn peers of the `mlnet` benchmark, on the same Fashion-MNIST data and the same figures.

Run with Debian's Python (python3-sklearn):  /usr/bin/python3 benchmarks/sklearn_mlnet.py [DIR [hgb] [logistic]] [--rows N] [--max-bins N] [--no-latency]
--rows N fits on the first N training rows (the Tradeoff benchmark's --rows takes the same rows); --max-bins N gives
HistGradientBoostingClassifier N bins per feature instead of its 255 (to match gradient-boosting's max-bins setting);
--no-latency skips the single-row latency (2,000 calls of tens of milliseconds each on a loaded machine).
HistGradientBoostingClassifier has early stopping off (its default 'auto' turns it on above 10,000 rows and then
trains on 90% of the rows), so that it fits 100 rounds on every row as LightGBM does; the other settings are its
defaults, which match LightGBM's: learning rate 0.1, 255 bins, 31 leaves, 20 rows per leaf, no L2, no depth limit.
Prints, per technique: test accuracy, training wall time (and process CPU time, which a loaded machine does not
inflate as much), single-row predict_proba latency p50/p99.
"""
import gzip
import os
import struct
import sys
import time

import numpy as np
import sklearn
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

DIR = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/datasets/fashion-mnist"
LATENCY_CALLS = 2000


def idx(name):
    with gzip.open(f"{DIR}/{name}", "rb") as f:
        magic = struct.unpack(">I", f.read(4))[0]
        dims = struct.unpack(">" + "I" * (magic & 0xFF), f.read(4 * (magic & 0xFF)))
        return np.frombuffer(f.read(), dtype=np.uint8).reshape(dims)


def load():
    x_train = idx("train-images-idx3-ubyte.gz").reshape(60000, -1).astype(np.float32) / 255.0
    y_train = idx("train-labels-idx1-ubyte.gz").astype(np.int64)
    x_test = idx("t10k-images-idx3-ubyte.gz").reshape(10000, -1).astype(np.float32) / 255.0
    y_test = idx("t10k-labels-idx1-ubyte.gz").astype(np.int64)
    return x_train, y_train, x_test, y_test


def latency_us(model, x_test):
    for i in range(50):  # warm-up
        model.predict_proba(x_test[i:i + 1])
    samples = []
    for i in range(LATENCY_CALLS):
        row = x_test[i % len(x_test)].reshape(1, -1)
        start = time.perf_counter_ns()
        model.predict_proba(row)
        samples.append((time.perf_counter_ns() - start) / 1000.0)
    return np.percentile(samples, 50), np.percentile(samples, 99)


def run(name, model, data, latency=True):
    x_train, y_train, x_test, y_test = data
    start, cpu_start = time.perf_counter(), time.process_time()
    model.fit(x_train, y_train)
    train_s, train_cpu_s = time.perf_counter() - start, time.process_time() - cpu_start
    accuracy = (model.predict(x_test) == y_test).mean()
    timing = ", latency p50 {:.1f} us, p99 {:.1f} us".format(*latency_us(model, x_test)) if latency else ""
    rounds = f", {model.n_iter_} rounds" if hasattr(model, "n_iter_") and np.ndim(model.n_iter_) == 0 else ""
    print(f"sklearn {name}: accuracy {accuracy:.4f}{rounds}, train {train_s:.1f} s (CPU {train_cpu_s:.1f} s){timing}", flush=True)


def main():
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}, data {DIR}", flush=True)
    args = sys.argv[2:]
    rows = None
    if "--rows" in args:
        at = args.index("--rows")
        rows = int(args[at + 1])
        del args[at:at + 2]
    max_bins = 255
    if "--max-bins" in args:
        at = args.index("--max-bins")
        max_bins = int(args[at + 1])
        del args[at:at + 2]
    latency = "--no-latency" not in args
    args = [a for a in args if a != "--no-latency"]
    chosen = args or ["hgb", "logistic"]
    data = load()
    if rows is not None:
        data = (data[0][:rows], data[1][:rows], data[2], data[3])
    print(f"{len(data[0])} training rows, OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', '(unset)')}, "
          f"OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY', '(unset)')}", flush=True)
    if "hgb" in chosen:
        bins = "" if max_bins == 255 else f", max_bins={max_bins}"
        run(f"HistGradientBoostingClassifier(max_iter=100, early_stopping=False{bins})",
            HistGradientBoostingClassifier(max_iter=100, early_stopping=False, max_bins=max_bins, random_state=0), data, latency)
    if "logistic" in chosen:
        # max_iter=100 is scikit-learn's default; it stops before full convergence on this data, as the figure in issue 3 did.
        run("LogisticRegression(lbfgs)", LogisticRegression(solver="lbfgs", max_iter=100), data, latency)


if __name__ == "__main__":
    main()
