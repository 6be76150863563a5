using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Export;

/// <summary>
/// An exported ONNX model in ONNX Runtime behind <see cref="IModel"/>, fed one raw row per call as an application
/// calls it: each column a named [1, 1] tensor (text for a nominal column, missing as an empty string).
/// </summary>
internal sealed class OnnxRowModel(byte[] bytes, IReadOnlyList<FeatureStep> steps, int outputLength, long parameterCount) : IModel
{
    // One thread per call: a single row gains nothing from ONNX Runtime's thread pool, which only adds hand-offs.
    private readonly InferenceSession _session = new(bytes, new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 });

    public int OutputLength => outputLength;

    public long ParameterCount => parameterCount;

    public void Predict(ReadOnlySpan<float> features, Span<float> output)
    {
        var inputs = new List<NamedOnnxValue>(steps.Count);
        for (var f = 0; f < steps.Count; f++)
        {
            var step = steps[f];
            var v = features[f];
            inputs.Add(step.Nominal
                ? NamedOnnxValue.CreateFromTensor(step.Name, new DenseTensor<string>(new[] { float.IsNaN(v) ? string.Empty : step.Levels[(int)v] }, [1, 1]))
                : NamedOnnxValue.CreateFromTensor(step.Name, new DenseTensor<float>(new[] { v }, [1, 1])));
        }

        using var results = _session.Run(inputs, [outputLength == 1 ? "value" : "probabilities"]);
        var tensor = results[0].AsTensor<float>();
        for (var c = 0; c < outputLength; c++)
        {
            output[c] = tensor.GetValue(c);
        }
    }

    public void Save(Stream stream) => stream.Write(bytes);

    public void Dispose() => _session.Dispose();
}
