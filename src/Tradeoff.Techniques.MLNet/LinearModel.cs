using System.Numerics.Tensors;
using Microsoft.ML;
using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.MLNet;

/// <summary>
/// A trained ML.NET linear model (logistic regression, maximum entropy, linear regression). Rows are predicted from
/// its coefficients with dot products: exact, allocation-free, and without PredictionEngine's per-call overhead.
/// The ML.NET transformer is kept for saving and for warm starts.
/// </summary>
internal sealed partial class LinearModel : IModel, IExplainableModel
{
    private const int FormatVersion = 1;
    private readonly float[] _scores;

    public LinearModel(string techniqueId, MLContext ml, ITransformer transformer, DataViewSchema schema, TaskKind task, IReadOnlyList<string> featureNames, IReadOnlyList<string> classNames)
    {
        TechniqueId = techniqueId;
        Context = ml;
        Transformer = transformer;
        Schema = schema;
        Task = task;
        FeatureNames = featureNames;
        ClassNames = classNames;
        Parameters = LinearParameters.From(transformer, featureNames.Count);
        OutputLength = Parameters.Output == LinearOutput.Identity ? 1 : Math.Max(2, Parameters.ScoreCount);
        _scores = new float[Parameters.ScoreCount];
    }

    public string TechniqueId { get; }

    public MLContext Context { get; }

    public ITransformer Transformer { get; }

    public DataViewSchema Schema { get; }

    public TaskKind Task { get; }

    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>The class levels in class-index order; empty for regression.</summary>
    public IReadOnlyList<string> ClassNames { get; }

    public LinearParameters Parameters { get; }

    public int OutputLength { get; }

    /// <summary>Coefficients plus intercepts; logistic regression's sigmoid (slope -1, offset 0) is ML.NET's constant, not learned.</summary>
    public long ParameterCount => Parameters.Weights.Length + Parameters.Biases.Length;

    public void Predict(ReadOnlySpan<float> features, Span<float> output)
    {
        var p = Parameters;
        var width = p.Width;
        for (var s = 0; s < _scores.Length; s++)
        {
            _scores[s] = TensorPrimitives.Dot(p.Weights.AsSpan(s * width, width), features[..width]) + p.Biases[s];
        }

        switch (p.Output)
        {
            case LinearOutput.Sigmoid:
                var positive = p.Calibrator!.PredictProbability(_scores[0]);
                output[0] = 1f - positive;
                output[1] = positive;
                break;
            case LinearOutput.Softmax:
                SoftMax(_scores, output);
                break;
            default:
                output[0] = _scores[0];
                break;
        }
    }

    /// <summary>
    /// Softmax through log-sum-exp shifted by the largest score, as ML.NET's maximum entropy model computes it
    /// (TensorPrimitives.SoftMax does not shift, and overflows on scores above about 88).
    /// </summary>
    private static void SoftMax(ReadOnlySpan<float> scores, Span<float> output)
    {
        var max = TensorPrimitives.Max(scores);
        var sum = 0.0;
        foreach (var s in scores)
        {
            sum += Math.Exp(s - max);
        }

        var logSum = max + Math.Log(sum);
        for (var c = 0; c < scores.Length; c++)
        {
            output[c] = (float)Math.Exp(scores[c] - logSum);
        }
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelHeader.Write(writer, TechniqueId, FormatVersion);
        writer.Write((int)Task);
        writer.WriteStrings(FeatureNames);
        writer.WriteStrings(ClassNames);
        MLNetModelFile.Write(writer, Context, Transformer, Schema);
    }

    /// <summary>Reads a model that <see cref="Save"/> wrote for <paramref name="techniqueId"/>.</summary>
    public static LinearModel Load(Stream stream, string techniqueId, int seed)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelHeader.Read(reader, techniqueId, FormatVersion);
        var task = (TaskKind)reader.ReadInt32();
        var names = reader.ReadStrings();
        var classes = reader.ReadStrings();
        var ml = new MLContext(seed);
        var transformer = MLNetModelFile.Read(reader, ml, out var schema);
        return new LinearModel(techniqueId, ml, transformer, schema, task, names, classes);
    }

    public void Dispose()
    {
        (Transformer as IDisposable)?.Dispose();
    }
}
