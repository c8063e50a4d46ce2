"""The slovnet networks (NER, morphology, syntax) as ONNX graphs, built with `onnx.helper` from the weights
natasha ships.

Each network graph takes `projected` (the first convolution's weights applied to the embeddings of the distinct
words of a group of runs, by `projection_graph`), `picks` (batch x seq x kernel: for each position, the projected
rows of the words the first convolution sees; `onnx_runtime.Network` builds the embeddings and the picks in
numpy) and `pad` (batch x seq, true on padding), and runs slovnet's layers (slovnet/exec/model.py): a CNN encoder
of Conv1d -> ReLU -> BatchNorm layers whose padding positions are zeroed after each layer, then the model's head:

- NER: the tag projection; outputs `logits` (the CRF emissions; Viterbi decoding stays in numpy);
- morphology: the tag projection; outputs `logits` (numpy takes their argmax: ONNX Runtime's ArgMax over 753 tags
  cost about a tenth of the graph);
- syntax: the biaffine head scorer (root prepended) and its masked argmax `head_id`, then the relation scorer over
  each word's predicted head and its masked argmax `rel_id`; outputs all four.

The first convolution is linear in each word's embedding, so each distinct word of a group of runs (about half the
words of 1024) is projected once per kernel tap and each position sums its taps; the embedding lookups are plain
copies, cheaper in numpy than as ONNX Gather/Concat nodes. BatchNorm is folded into one scale and one shift per
channel ((x - mean) / std * w + b = x * s + t). Both change the order of float additions only: the logits differ
from slovnet's by float rounding (tests/test_onnx_infer.py), the tags, heads and relations are the same. A word's
projected rows do not depend on the other words projected with it (each row of a matrix product is computed alone).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from pipeline.onnx_runtime import OPSET


class _Graph:
    """A small builder: named nodes and initializers, each name unique."""

    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.initializers: list[onnx.TensorProto] = []
        self._count = 0

    def name(self, hint: str) -> str:
        self._count += 1
        return f"{hint}_{self._count}"

    def const(self, array: np.ndarray, hint: str = "w") -> str:
        name = self.name(hint)
        self.initializers.append(numpy_helper.from_array(np.asarray(array), name))
        return name

    def op(self, op_type: str, inputs: list[str], hint: str = "", output: str | None = None, **attrs: Any) -> str:
        out = output or self.name(hint or op_type.lower())
        self.nodes.append(helper.make_node(op_type, inputs, [out], **attrs))
        return out

    def linear(self, x: str, linear: Any) -> str:
        """slovnet Linear: x @ weight + bias (weight is in x out)."""
        return self.op("Add", [self.op("MatMul", [x, self.const(linear.weight.array)]), self.const(linear.bias.array)])

    def ff(self, x: str, ff: Any) -> str:
        """slovnet FF: ReLU(Linear(x))."""
        return self.op("Relu", [self.linear(x, ff.proj)])

    def masked_argmax(self, scores: str, keep: str, axis: int, output: str) -> str:
        """slovnet's decode: scores where `keep`, the whole batch's minimum elsewhere; the argmax over `axis`."""
        floor = self.op("ReduceMin", [scores], keepdims=0)
        return self.op("ArgMax", [self.op("Where", [keep, scores, floor])], output=output, axis=axis, keepdims=0)


def projection_graph(model: Any) -> onnx.ModelProto:
    """The first convolution's weights applied to each given embedding (`embedded`: rows x dim, row 0 the zero
    vector) once per kernel tap: `projected`, rows x (tap * filters + filter), before the bias, which
    `onnx_runtime.Network.project` views as (row * kernel + tap) x filters (a graph output's Reshape is a copy in
    ONNX Runtime: ~3% of this graph's time). The first layer of the network graphs picks and sums these rows
    (`_first_layer`), so a word that recurs in a group of runs is projected once."""
    graph = _Graph()
    filters, channels, kernel = model.encoder.layers[0].conv.weight.array.shape
    taps = model.encoder.layers[0].conv.weight.array.transpose(1, 2, 0).reshape(channels, kernel * filters)
    graph.op("MatMul", ["embedded", graph.const(np.ascontiguousarray(taps))], output="projected")
    inputs = [helper.make_tensor_value_info("embedded", TensorProto.FLOAT, ["rows", "dim"])]
    outputs = [helper.make_tensor_value_info("projected", TensorProto.FLOAT, ["rows", kernel * filters])]
    return _checked(helper.make_graph(graph.nodes, "svodka_projection", inputs, outputs, graph.initializers))


def _first_layer(graph: _Graph) -> str:
    """The first convolution (before its bias) from the projected rows: each position's kernel taps picked
    (`picks`: row * kernel + tap of the words at the position's offsets) and summed: batch x seq x filters."""
    picked = graph.op("Gather", ["projected", "picks"], axis=0)  # batch x seq x kernel x filters
    return graph.op("ReduceSum", [picked, *_ints(graph, [2])], keepdims=0)


def _encoder(graph: _Graph, encoder: Any, zero_last: bool = True) -> str:
    """slovnet CNNEncoder from the distinct words' embeddings -> batch x out x 1 x seq (channels first; see
    `_channels_last`), padding zeroed after each layer (after the last one only when `zero_last`: the taggers never
    read the padding positions' outputs).

    The first convolution projects each distinct word once (`_first_layer`), batch x seq x channels; the later ones
    are ONNX `Conv`s over the sequence laid out as batch x channels x 1 x seq, which ONNX Runtime's CPU provider runs
    as blocked direct convolutions (its NCHWc kernels, the layout change fused into their input reorder) with the
    ReLU fused: no im2col copy of each word's window (the taggers' graph time -15 to -20%, the parser's -5 to -10%).
    """
    pad = graph.op("Unsqueeze", ["pad", *_ints(graph, [2])])  # batch x seq x 1
    zero = graph.const(np.array(0, dtype=np.float32))
    hidden = _layer_tail(graph, _first_layer(graph), encoder.layers[0], pad, zero, channel_axis=-1,
                         zero_pad=zero_last or len(encoder.layers) > 1)
    wide_pad = graph.op("Unsqueeze", ["pad", *_ints(graph, [1, 2])])  # batch x 1 x 1 x seq
    hidden = graph.op("Transpose", [graph.op("Unsqueeze", [hidden, *_ints(graph, [1])])], perm=[0, 3, 1, 2])
    for number, layer in enumerate(encoder.layers[1:], start=1):
        conv = layer.conv
        product = graph.op("Conv", [hidden, graph.const(np.ascontiguousarray(conv.weight.array[:, :, None, :])),
                                    graph.const(conv.bias.array)], pads=[0, conv.padding, 0, conv.padding])
        last = number == len(encoder.layers) - 1
        hidden = _layer_tail(graph, product, layer, wide_pad, zero, channel_axis=1, zero_pad=zero_last or not last,
                             with_bias=False)
    return hidden


def _channels_last(graph: _Graph, hidden: str) -> str:
    """batch x channels x 1 x seq -> batch x seq x channels (transposed as 4-D, then squeezed: ONNX Runtime fuses a
    Transpose that feeds a MatMul into a transposed-input product, slower than the two)."""
    return graph.op("Squeeze", [graph.op("Transpose", [hidden], perm=[0, 2, 3, 1]), *_ints(graph, [1])])


def _layer_tail(graph: _Graph, product: str, layer: Any, pad: str, zero: str, channel_axis: int,
                zero_pad: bool = True, with_bias: bool = True) -> str:
    """A convolution's bias (unless the Conv added it), ReLU and folded BatchNorm, channels on `channel_axis`
    (-1, or 1 of batch x channels x 1 x seq); padding positions zeroed when `zero_pad`."""
    conv, norm = layer.conv, layer.norm
    shape = (-1,) if channel_axis == -1 else (-1, 1, 1)
    if with_bias:
        product = graph.op("Add", [product, graph.const(conv.bias.array.reshape(shape))])
    hidden = graph.op("Relu", [product])
    scale = norm.weight.array / norm.std.array
    shift_ = norm.bias.array - norm.mean.array * scale
    hidden = graph.op("Add", [graph.op("Mul", [hidden, graph.const(scale.astype(np.float32).reshape(shape))]),
                              graph.const(shift_.astype(np.float32).reshape(shape))])
    return graph.op("Where", [pad, zero, hidden]) if zero_pad else hidden


def _model(graph: _Graph, outputs: list[tuple[str, int, list[str | None]]], name: str) -> onnx.ModelProto:
    inputs = [
        helper.make_tensor_value_info("projected", TensorProto.FLOAT, ["row_taps", "filters"]),
        helper.make_tensor_value_info("picks", TensorProto.INT64, ["batch", "seq", "kernel"]),
        helper.make_tensor_value_info("pad", TensorProto.BOOL, ["batch", "seq"]),
    ]
    infos = [helper.make_tensor_value_info(out, kind, shape) for out, kind, shape in outputs]
    return _checked(helper.make_graph(graph.nodes, name, inputs, infos, graph.initializers))


def _checked(body: onnx.GraphProto) -> onnx.ModelProto:
    model = helper.make_model(body, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="svodka")
    model.ir_version = 8  # what onnxruntime >= 1.14 reads for opset 17
    onnx.checker.check_model(model)
    return model


def tagger_graph(model: Any, ids: bool = False) -> onnx.ModelProto:
    """NER or morphology as an ONNX model: the logits (the CRF decodes NER's, numpy takes morphology's argmax);
    with `ids` also their argmax `ids` (for a GPU: the ids, not 753 logits per word, cross to the host)."""
    graph = _Graph()
    encoded = _encoder(graph, model.encoder, zero_last=False)
    graph.op("Add", [graph.op("MatMul", [_channels_last(graph, encoded), graph.const(model.head.proj.weight.array)]),
                     graph.const(model.head.proj.bias.array)], output="logits")
    outputs: list[tuple[str, int, list[str | None]]] = [("logits", TensorProto.FLOAT, ["batch", "seq", "tags"])]
    if ids:  # first index of the maximum, as numpy's argmax
        graph.op("ArgMax", ["logits"], output="ids", axis=2, keepdims=0)
        outputs.append(("ids", TensorProto.INT64, ["batch", "seq"]))
    return _model(graph, outputs, "svodka_tagger")


def _with_root(graph: _Graph, encoded: str, root: np.ndarray) -> str:
    """Prepend the learned root vector to every sequence: batch x (1 + seq) x dim."""
    batch = graph.op("Slice", [graph.op("Shape", [encoded]), *_ints(graph, [0], [1])])
    target = graph.op("Concat", [batch, graph.const(np.array([1, root.size], dtype=np.int64))], axis=0)
    roots = graph.op("Expand", [graph.const(root.reshape(1, 1, -1).astype(np.float32)), target])
    return graph.op("Concat", [roots, encoded], axis=1)


def _ints(graph: _Graph, *values: list[int]) -> list[str]:
    return [graph.const(np.array(value, dtype=np.int64), "i") for value in values]


def _heads(graph: _Graph, head: Any, appended: str, keep: str) -> str:
    """slovnet SyntaxHead: biaffine scores of each word (rows) for each head candidate (root first); the argmax."""
    scores = graph.op("MatMul", [graph.op("MatMul", [graph.ff(appended, head.head), graph.const(head.kernel.array)]),
                                 graph.op("Transpose", [graph.ff(appended, head.tail)], perm=[0, 2, 1])])
    scores = graph.op("Slice", [scores, *_ints(graph, [1], [2**62], [1])], output="head_scores")  # strip root
    word = graph.op("Unsqueeze", [keep, *_ints(graph, [2])])
    rooted = graph.op("Slice", [keep, *_ints(graph, [0], [1], [1])])
    rooted = graph.op("Or", [rooted, graph.op("Not", [rooted])])  # the root column is always a candidate
    candidate = graph.op("Unsqueeze", [graph.op("Concat", [rooted, keep], axis=1), *_ints(graph, [1])])
    allowed = graph.op("And", [word, candidate])
    return graph.masked_argmax(scores, allowed, axis=2, output="head_id")


def _relations(graph: _Graph, rel: Any, encoded: str, head_id: str, keep: str) -> None:
    """slovnet SyntaxRel: relation scores of each word with its predicted head; the argmax."""
    appended = _with_root(graph, encoded, rel.root.array)
    hidden = rel.kernel.array.shape[0]
    index = graph.op("Expand", [graph.op("Unsqueeze", [head_id, *_ints(graph, [2])]),
                                graph.op("Shape", [encoded])])
    heads = graph.ff(graph.op("GatherElements", [appended, index], axis=1), rel.head)
    tails = graph.ff(encoded, rel.tail)
    # slovnet: (head @ kernel, as rels x hidden) @ tail; here the same products summed as one matrix product of the
    # head-tail outer product (batch x seq x hidden * hidden) with the kernel as (hidden * hidden) x rels: one
    # product of 45 outputs per word instead of 1440 outputs and 45 x 32 dot products per word
    outer = graph.op("Mul", [graph.op("Unsqueeze", [heads, *_ints(graph, [3])]),
                             graph.op("Unsqueeze", [tails, *_ints(graph, [2])])])  # batch x seq x hidden x hidden
    outer = graph.op("Reshape", [outer, *_ints(graph, [0, 0, hidden * hidden])])
    kernel = rel.kernel.array.reshape(hidden, -1, hidden).transpose(0, 2, 1).reshape(hidden * hidden, -1)
    scores = graph.op("MatMul", [outer, graph.const(np.ascontiguousarray(kernel))], output="rel_scores")
    graph.masked_argmax(scores, graph.op("Unsqueeze", [keep, *_ints(graph, [2])]), axis=2, output="rel_id")


def syntax_graph(model: Any) -> onnx.ModelProto:
    """The dependency parser as an ONNX model: head and relation scores and their argmax."""
    graph = _Graph()
    encoded = _encoder(graph, model.encoder)
    encoded = _channels_last(graph, encoded)
    keep = graph.op("Not", ["pad"])
    head_id = _heads(graph, model.head, _with_root(graph, encoded, model.head.root.array), keep)
    _relations(graph, model.rel, encoded, head_id, keep)
    outputs: list[tuple[str, int, list[str | None]]] = [
        ("head_scores", TensorProto.FLOAT, ["batch", "seq", "candidates"]),
        ("head_id", TensorProto.INT64, ["batch", "seq"]),
        ("rel_scores", TensorProto.FLOAT, ["batch", "seq", "rels"]),
        ("rel_id", TensorProto.INT64, ["batch", "seq"]),
    ]
    return _model(graph, outputs, "svodka_syntax")

