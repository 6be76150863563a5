#!/usr/bin/python3
"""Builds this example's inputs, deterministically, from Pima Indians diabetes (/work/shared/datasets/diabetes.arff,
or the path given as the first argument):

  train.csv, test.csv      a stratified 75/25 split (seed 42) of the 768 rows
  models/logistic.onnx     a logistic regression (standardized features) fitted by scikit-learn on train.csv only,
                           written as ONNX with onnx.helper: one float [N,1] input per column, named as the column,
                           and a float [N,2] output 'probabilities' whose classes the metadata 'classes' lists

Run with Debian's python3 (python3-sklearn, python3-onnx; scripts/setup.sh installs them):
  /usr/bin/python3 prepare.py
"""
import csv
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/datasets/diabetes.arff"


def read_arff(path):
    names, rows, in_data = [], [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("%"):
                continue
            if line.lower().startswith("@attribute"):
                names.append(line.split()[1].strip("'\""))
            elif line.lower().startswith("@data"):
                in_data = True
            elif in_data:
                rows.append([v.strip() for v in line.split(",")])
    return names, rows


def write_csv(path, names, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)


names, rows = read_arff(SOURCE)
labels = [r[-1] for r in rows]
train, test = train_test_split(rows, test_size=0.25, random_state=42, stratify=labels)
write_csv(os.path.join(HERE, "train.csv"), names, train)
write_csv(os.path.join(HERE, "test.csv"), names, test)

features = names[:-1]
x = np.array([[float(v) for v in r[:-1]] for r in train], dtype=np.float64)
y = np.array([r[-1] for r in train])
scaler = StandardScaler().fit(x)
model = LogisticRegression(max_iter=1000).fit(scaler.transform(x), y)
classes = [str(c) for c in model.classes_]

# p(second class) = sigmoid(((x - mean) / scale) . w + b); the two probabilities side by side.
inputs = [helper.make_tensor_value_info(n, TensorProto.FLOAT, [None, 1]) for n in features]
weights = (model.coef_[0] / scaler.scale_).astype(np.float32).reshape(-1, 1)
bias = np.array([model.intercept_[0] - float(np.dot(model.coef_[0], scaler.mean_ / scaler.scale_))], dtype=np.float32)
nodes = [
    helper.make_node("Concat", features, ["x"], axis=1),
    helper.make_node("MatMul", ["x", "w"], ["z0"]),
    helper.make_node("Add", ["z0", "b"], ["z"]),
    helper.make_node("Sigmoid", ["z"], ["p1"]),
    helper.make_node("Sub", ["one", "p1"], ["p0"]),
    helper.make_node("Concat", ["p0", "p1"], ["probabilities"], axis=1),
]
graph = helper.make_graph(
    nodes,
    "diabetes_logistic_regression",
    inputs,
    [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, [None, 2])],
    initializer=[
        helper.make_tensor("w", TensorProto.FLOAT, list(weights.shape), weights.flatten().tolist()),
        helper.make_tensor("b", TensorProto.FLOAT, [1], bias.tolist()),
        helper.make_tensor("one", TensorProto.FLOAT, [1], [1.0]),
    ],
)
onnx_model = helper.make_model(graph, producer_name="examples/bring-your-own/prepare.py", opset_imports=[helper.make_opsetid("", 13)])
onnx_model.ir_version = 8
helper.set_model_props(onnx_model, {"classes": ",".join(classes)})
onnx.checker.check_model(onnx_model)
os.makedirs(os.path.join(HERE, "models"), exist_ok=True)
onnx.save(onnx_model, os.path.join(HERE, "models", "logistic.onnx"))
print(f"train.csv {len(train)} rows, test.csv {len(test)} rows, models/logistic.onnx classes {classes}")
