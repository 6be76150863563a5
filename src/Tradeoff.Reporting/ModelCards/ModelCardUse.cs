using Tradeoff.Runs;

namespace Tradeoff.Reporting.ModelCards;

/// <summary>The card's "Using the model" section: how to export the model and load it in C# and Python.</summary>
internal static class ModelCardUse
{
    public static CardSection Build(ResultsDocument document, string technique)
    {
        var classification = document.Study.Classes.Count > 0;
        var outputs = classification ? "label (the class, string [N]) and probabilities (float [N, classes])" : "value (float [N, 1])";
        return new CardSection("Using the model",
        [
            new CardParagraph($"Run the study with --keep-models, then write this very model as ONNX (the featurization included: it takes the raw columns by name, one input each, numbers as float [N, 1] and nominal values as string [N, 1], a text that is no training level read as missing) and predict a file with it. A technique that ONNX cannot express is refused with its reason (docs/EXPORT.md); --format native writes Tradeoff's own model file instead. The outputs are {outputs}."),
            new CardCode("sh", $"tradeoff export RUN {technique} --out model.onnx\ntradeoff predict model.onnx new-rows.csv --out predictions.csv"),
            new CardParagraph("From C# (NuGet Microsoft.ML.OnnxRuntime), row being a dictionary of the raw columns:"),
            new CardCode("csharp", CSharp(classification)),
            new CardParagraph("From Python (pip onnxruntime), row being a dict of the raw columns:"),
            new CardCode("python", Python(classification)),
        ]);
    }

    private static string CSharp(bool classification) => string.Join('\n',
    [
        "using Microsoft.ML.OnnxRuntime;",
        "using Microsoft.ML.OnnxRuntime.Tensors;",
        "",
        "using var session = new InferenceSession(\"model.onnx\");",
        "// One input per raw column: numbers as float [N, 1], nominal values as string [N, 1].",
        "var inputs = session.InputMetadata.Select(i => i.Value.ElementDataType == TensorElementType.String",
        "    ? NamedOnnxValue.CreateFromTensor(i.Key, new DenseTensor<string>(new[] { (string)row[i.Key] }, new[] { 1, 1 }))",
        "    : NamedOnnxValue.CreateFromTensor(i.Key, new DenseTensor<float>(new[] { (float)row[i.Key] }, new[] { 1, 1 }))).ToList();",
        "using var results = session.Run(inputs);",
        .. classification
            ? (string[])["var label = results.First(r => r.Name == \"label\").AsTensor<string>()[0];", "var probabilities = results.First(r => r.Name == \"probabilities\").AsTensor<float>();"]
            : ["var value = results.First(r => r.Name == \"value\").AsTensor<float>()[0, 0];"],
    ]);

    private static string Python(bool classification) => string.Join('\n',
    [
        "import numpy as np",
        "import onnxruntime as ort",
        "",
        "session = ort.InferenceSession(\"model.onnx\")",
        "feeds = {i.name: np.array([[row[i.name]]], dtype=np.float32 if i.type == \"tensor(float)\" else object)",
        "         for i in session.get_inputs()}",
        classification ? "label, probabilities = session.run([\"label\", \"probabilities\"], feeds)" : "(value,) = session.run([\"value\"], feeds)",
    ]);
}
