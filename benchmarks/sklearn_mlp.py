#!/usr/bin/python3
"""Peer of the `torch` benchmark: scikit-learn's MLPClassifier((300, 100)) on Fashion-MNIST.

Same files, same split (60,000 train / 10,000 test), pixels / 255, Adam with learning rate 0.001 and
batch 128 like the C# run. Prints time per epoch, test accuracy and single-row predict latency.
Usage: /usr/bin/python3 benchmarks/sklearn_mlp.py [EPOCHS]   (default 3)
"""
import gzip
import os
import sys
import time
import warnings

import numpy as np
from sklearn import __version__ as sklearn_version
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier

FOLDER = "/usr/share/datasets/fashion-mnist"


def read_idx(name):
    with gzip.open(os.path.join(FOLDER, name), "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def main():
    epochs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    x_train = read_idx("train-images-idx3-ubyte.gz").reshape(60000, -1).astype(np.float32) / 255.0
    y_train = read_idx("train-labels-idx1-ubyte.gz")
    x_test = read_idx("t10k-images-idx3-ubyte.gz").reshape(10000, -1).astype(np.float32) / 255.0
    y_test = read_idx("t10k-labels-idx1-ubyte.gz")

    model = MLPClassifier(hidden_layer_sizes=(300, 100), solver="adam", learning_rate_init=0.001,
                          batch_size=128, max_iter=epochs, shuffle=True, random_state=42)
    start = time.perf_counter()
    cpu_start = time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(x_train, y_train)
    fit_seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    accuracy = (model.predict(x_test) == y_test).mean()
    params = sum(w.size for w in model.coefs_) + sum(b.size for b in model.intercepts_)

    for i in range(200):
        model.predict_proba(x_test[i:i + 1])
    latencies = []
    for i in range(2000):
        row = x_test[i % 10000:i % 10000 + 1]
        t = time.perf_counter()
        model.predict_proba(row)
        latencies.append((time.perf_counter() - t) * 1e6)
    latencies.sort()

    print(f"scikit-learn {sklearn_version}, numpy {np.__version__}")
    print(f"parameters: {params}")
    print(f"fit: {model.n_iter_} epochs in {fit_seconds:.1f} s = {fit_seconds / model.n_iter_:.2f} s per epoch (batch 128, Adam 0.001)")
    print(f"fit CPU time: {cpu_seconds:.1f} s (user + system, all threads)")
    print(f"test accuracy: {accuracy:.4f}")
    print(f"single-row latency: p50 {latencies[1000]:.1f} us, p90 {latencies[1800]:.1f} us, "
          f"p99 {latencies[1980]:.1f} us (2,000 predict_proba calls)")


if __name__ == "__main__":
    main()
