#!/usr/bin/python3
"""Peer of the `trees` benchmark: scikit-learn's DecisionTreeClassifier (entropy, depth 10) and
RandomForestClassifier (100 trees, n_jobs=2) on Fashion-MNIST, pixels scaled to [0, 1].

Run: /usr/bin/python3 benchmarks/sklearn_trees.py [dir]
"""
import gzip
import os
import sys
import time

import numpy as np
import sklearn
from sklearn.ensemble import RandomForestClassifier
from sklearn.tree import DecisionTreeClassifier


def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    rank = data[3]
    dims = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(rank)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * rank).reshape(dims)


def load(directory, prefix):
    images = read_idx(os.path.join(directory, prefix + "-images-idx3-ubyte.gz"))
    labels = read_idx(os.path.join(directory, prefix + "-labels-idx1-ubyte.gz"))
    return images.reshape(len(images), -1).astype(np.float32) / 255.0, labels


def measure(label, model, x_train, y_train, x_test, y_test):
    start, cpu = time.perf_counter(), time.process_time()
    model.fit(x_train, y_train)
    train_s, train_cpu = time.perf_counter() - start, time.process_time() - cpu
    accuracy = (model.predict(x_test) == y_test).mean()
    row = x_test[:1]
    for i in range(50):
        model.predict_proba(x_test[i:i + 1])
    samples = []
    for i in range(1000):
        row = x_test[(i * 7919) % len(x_test)].reshape(1, -1)
        t = time.perf_counter()
        model.predict_proba(row)
        samples.append((time.perf_counter() - t) * 1e6)
    samples.sort()
    rates = batch_rates(model, x_test)
    print(f"{label}: accuracy {accuracy:.4f}, train {train_s:.2f} s (CPU {train_cpu:.2f} s), "
          f"latency p50 {samples[len(samples) // 2]:.1f} us, p99 {samples[len(samples) * 99 // 100]:.1f} us, "
          f"batches of {BATCH} rows {rates}", flush=True)


BATCH = 1000


def batch_rates(model, x_test):
    """Rows per second of predict_proba over the test rows in batches of BATCH (the `trees` benchmark's and the
    throughput probe's batch): the median of 5 passes after 2 of warm-up; a forest also with n_jobs=1 (ours
    predicts a batch on one thread)."""
    def rate():
        passes = []
        for _ in range(7):
            start = time.perf_counter()
            for first in range(0, len(x_test), BATCH):
                model.predict_proba(x_test[first:first + BATCH])
            passes.append(len(x_test) / (time.perf_counter() - start))
        return sorted(passes[2:])[2]
    if "n_jobs" not in model.get_params():
        return f"{rate():.0f} rows/s"
    jobs = model.n_jobs
    text = f"{rate():.0f} rows/s (n_jobs={jobs})"
    model.set_params(n_jobs=1)
    text += f", {rate():.0f} rows/s (n_jobs=1)"
    model.set_params(n_jobs=jobs)
    return text


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/datasets/fashion-mnist"
    x_train, y_train = load(directory, "train")
    x_test, y_test = load(directory, "t10k")
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}: {len(x_train)} train, {len(x_test)} test rows", flush=True)
    measure("DecisionTreeClassifier(criterion='entropy', max_depth=10)",
            DecisionTreeClassifier(criterion="entropy", max_depth=10, random_state=42), x_train, y_train, x_test, y_test)
    measure("RandomForestClassifier(n_estimators=100, n_jobs=2)",
            RandomForestClassifier(n_estimators=100, n_jobs=2, random_state=42), x_train, y_train, x_test, y_test)


if __name__ == "__main__":
    main()
