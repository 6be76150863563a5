#!/usr/bin/python3
"""scikit-learn peers of the own-models benchmark: GaussianNB and KNeighborsClassifier(5) on Fashion-MNIST.

Run: /usr/bin/python3 benchmarks/sklearn_own.py [nb|knn|all] [knn-latency-calls]
Same data as benchmarks/Tradeoff.Benchmarks/OwnModelsBenchmark.cs: 60,000 train, 10,000 test, pixels / 255.
"""
import gzip
import os
import platform
import sys
import time

import numpy as np
import sklearn
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline

FOLDER = "/usr/share/datasets/fashion-mnist"


def read(prefix):
    with gzip.open(os.path.join(FOLDER, prefix + "-images-idx3-ubyte.gz")) as f:
        images = np.frombuffer(f.read(), dtype=np.uint8, offset=16)
    with gzip.open(os.path.join(FOLDER, prefix + "-labels-idx1-ubyte.gz")) as f:
        labels = np.frombuffer(f.read(), dtype=np.uint8, offset=8)
    return (images.reshape(len(labels), -1) / 255.0).astype(np.float32), labels


def latency(model, x, calls, warmup=100):
    for i in range(min(warmup, calls)):
        model.predict(x[i : i + 1])
    samples = []
    for i in range(calls):
        row = x[(i + warmup) % len(x)][None, :]
        start = time.perf_counter()
        model.predict(row)
        samples.append((time.perf_counter() - start) * 1e6)
    samples.sort()
    pick = lambda p: samples[min(len(samples) - 1, int(p * len(samples)))]
    return pick(0.5), pick(0.9), pick(0.99)


def measure(name, model, x_train, y_train, x_test, y_test, calls):
    cpu, start = time.process_time(), time.perf_counter()
    model.fit(x_train, y_train)
    fit, fit_cpu = time.perf_counter() - start, time.process_time() - cpu
    cpu, start = time.process_time(), time.perf_counter()
    predicted = model.predict(x_test)
    batch, batch_cpu = time.perf_counter() - start, time.process_time() - cpu
    accuracy = float(np.mean(predicted == y_test))
    p50, p90, p99 = latency(model, x_test, calls)
    print(f"{name}: test accuracy {accuracy:.4f}; fit {fit:.3f} s wall, {fit_cpu:.3f} s CPU")
    print(f"  batch of {len(x_test)} rows: {batch:.3f} s wall, {batch_cpu:.3f} s CPU ({len(x_test) / batch:.0f} rows/s)")
    print(f"  single row: p50 {p50:.1f} us, p90 {p90:.1f} us, p99 {p99:.1f} us over {calls} calls", flush=True)


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    knn_calls = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    start = time.perf_counter()
    x_train, y_train = read("train")
    x_test, y_test = read("t10k")
    print(f"loaded Fashion-MNIST: {x_train.shape[0]} x {x_train.shape[1]} train, {x_test.shape[0]} test "
          f"in {time.perf_counter() - start:.1f} s; scikit-learn {sklearn.__version__}, numpy {np.__version__}, "
          f"Python {platform.python_version()}, {os.cpu_count()} cores", flush=True)
    if which in ("all", "nb"):
        measure("GaussianNB", GaussianNB(), x_train, y_train, x_test, y_test, 10_000)
    if which in ("all", "knn"):
        measure("KNeighborsClassifier(5)", KNeighborsClassifier(5, n_jobs=2), x_train, y_train, x_test, y_test, knn_calls)
    if which == "knn-scaled":
        # What Tradeoff does: standardized features (its k-NN declares needs-scaling).
        model = make_pipeline(StandardScaler(), KNeighborsClassifier(5, n_jobs=2))
        measure("StandardScaler + KNeighborsClassifier(5)", model, x_train, y_train, x_test, y_test, knn_calls)


if __name__ == "__main__":
    main()
