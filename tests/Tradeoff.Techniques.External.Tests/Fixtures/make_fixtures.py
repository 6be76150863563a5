#!/usr/bin/python3
"""Writes the small ONNX models the tests of Tradeoff.Techniques.External read (committed beside this script):

  nominal.onnx   inputs 'size' (float [N,1]) and 'colour' (string [N,1]); output 'label' (string [N]):
                 'big' when size > 5, else 'small'; colour is read (a string input) but does not change the answer
  mismatch.onnx  inputs 'height' and 'weight' (float [N,1]), which no column of the tests' data is named
  row.onnx       one input 'row' (float [N,2]); output 'value' (float [N,1]) = 2 * first + second

Run with Debian's python3-onnx: /usr/bin/python3 make_fixtures.py
"""
import os

import onnx
from onnx import TensorProto, helper

HERE = os.path.dirname(os.path.abspath(__file__))


def save(graph, name, domains=(("", 13),)):
    model = helper.make_model(graph, producer_name="make_fixtures.py", opset_imports=[helper.make_opsetid(d, v) for d, v in domains])
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(HERE, name))


save(helper.make_graph(
    [
        helper.make_node("Greater", ["size", "five"], ["is_big"]),
        helper.make_node("Where", ["is_big", "big", "small"], ["picked"]),
        helper.make_node("Identity", ["colour"], ["colour_seen"]),
        helper.make_node("Reshape", ["picked", "flat"], ["label"]),
    ],
    "nominal",
    [helper.make_tensor_value_info("size", TensorProto.FLOAT, [None, 1]), helper.make_tensor_value_info("colour", TensorProto.STRING, [None, 1])],
    [helper.make_tensor_value_info("label", TensorProto.STRING, [None]), helper.make_tensor_value_info("colour_seen", TensorProto.STRING, [None, 1])],
    initializer=[
        helper.make_tensor("five", TensorProto.FLOAT, [1], [5.0]),
        helper.make_tensor("big", TensorProto.STRING, [1], [b"big"]),
        helper.make_tensor("small", TensorProto.STRING, [1], [b"small"]),
        helper.make_tensor("flat", TensorProto.INT64, [1], [-1]),
    ],
), "nominal.onnx")

save(helper.make_graph(
    [helper.make_node("Add", ["height", "weight"], ["value"])],
    "mismatch",
    [helper.make_tensor_value_info("height", TensorProto.FLOAT, [None, 1]), helper.make_tensor_value_info("weight", TensorProto.FLOAT, [None, 1])],
    [helper.make_tensor_value_info("value", TensorProto.FLOAT, [None, 1])],
), "mismatch.onnx")

save(helper.make_graph(
    [helper.make_node("MatMul", ["row", "w"], ["value"])],
    "row",
    [helper.make_tensor_value_info("row", TensorProto.FLOAT, [None, 2])],
    [helper.make_tensor_value_info("value", TensorProto.FLOAT, [None, 1])],
    initializer=[helper.make_tensor("w", TensorProto.FLOAT, [2, 1], [2.0, 1.0])],
), "row.onnx")
