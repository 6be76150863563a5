using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.MLNet;

/// <summary>
/// A trained LightGBM ensemble. One row is predicted through an ML.NET prediction engine whose input and output
/// objects are reused, so a call copies the row into the engine's input and reads the output back.
/// </summary>
internal sealed class BoostedTreesModel : IModel
{
    private const int FormatVersion = 1;
    private readonly PredictionEngine<FeatureRow, ScalarOutput>? _scalar;
    private readonly PredictionEngine<FeatureRow, VectorOutput>? _vector;
    private readonly FeatureRow _input;
    private ScalarOutput _scalarOutput = new();
    private VectorOutput _vectorOutput = new();

    public BoostedTreesModel(MLContext ml, ITransformer transformer, DataViewSchema schema, TaskKind task, int width, int outputLength)
    {
        Context = ml;
        Transformer = transformer;
        Schema = schema;
        Task = task;
        Width = width;
        OutputLength = outputLength;
        _input = new FeatureRow { Features = new float[width] };
        var input = MLNetData.FeatureSchema(width);
        switch (task)
        {
            case TaskKind.BinaryClassification:
                _scalar = ml.Model.CreatePredictionEngine<FeatureRow, ScalarOutput>(transformer, true, input, MLNetData.ScalarSchema("Probability"));
                break;
            case TaskKind.MulticlassClassification:
                _vector = ml.Model.CreatePredictionEngine<FeatureRow, VectorOutput>(transformer, true, input, MLNetData.VectorSchema("Score", outputLength));
                _vectorOutput = new VectorOutput { Values = new float[outputLength] };
                break;
            default:
                _scalar = ml.Model.CreatePredictionEngine<FeatureRow, ScalarOutput>(transformer, true, input, MLNetData.ScalarSchema("Score"));
                break;
        }

        ParameterCount = CountNodes(transformer);
    }

    public MLContext Context { get; }

    public ITransformer Transformer { get; }

    public DataViewSchema Schema { get; }

    public TaskKind Task { get; }

    public int Width { get; }

    public int OutputLength { get; }

    /// <summary>Tree nodes, split and leaf, over every tree of the ensemble.</summary>
    public long ParameterCount { get; }

    public void Predict(ReadOnlySpan<float> features, Span<float> output)
    {
        features[..Width].CopyTo(_input.Features);
        switch (Task)
        {
            case TaskKind.BinaryClassification:
                _scalar!.Predict(_input, ref _scalarOutput);
                output[0] = 1f - _scalarOutput.Value;
                output[1] = _scalarOutput.Value;
                break;
            case TaskKind.MulticlassClassification:
                _vector!.Predict(_input, ref _vectorOutput);
                _vectorOutput.Values.AsSpan(0, OutputLength).CopyTo(output);
                break;
            default:
                _scalar!.Predict(_input, ref _scalarOutput);
                output[0] = _scalarOutput.Value;
                break;
        }
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelHeader.Write(writer, GradientBoostingTechnique.TechniqueId, FormatVersion);
        writer.Write((int)Task);
        writer.Write(Width);
        writer.Write(OutputLength);
        MLNetModelFile.Write(writer, Context, Transformer, Schema);
    }

    public static BoostedTreesModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelHeader.Read(reader, GradientBoostingTechnique.TechniqueId, FormatVersion);
        var task = (TaskKind)reader.ReadInt32();
        var width = reader.ReadInt32();
        var outputLength = reader.ReadInt32();
        var ml = new MLContext(0);
        var transformer = MLNetModelFile.Read(reader, ml, out var schema);
        return new BoostedTreesModel(ml, transformer, schema, task, width, outputLength);
    }

    public void Dispose()
    {
        _scalar?.Dispose();
        _vector?.Dispose();
        (Transformer as IDisposable)?.Dispose();
    }

    private static long CountNodes(ITransformer transformer)
    {
        var model = (transformer as IPredictionTransformer<object>)?.Model;
        return model switch
        {
            CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator> binary => CountNodes(binary.SubModel.TrainedTreeEnsemble),
            LightGbmRegressionModelParameters regression => CountNodes(regression.TrainedTreeEnsemble),
            OneVersusAllModelParameters multiclass => SubModels(multiclass).Sum(m => CountNodes(m.SubModel.TrainedTreeEnsemble)),
            _ => throw new InvalidDataException($"Not a LightGBM model: {model?.GetType().Name ?? transformer.GetType().Name}."),
        };
    }

    private static long CountNodes(RegressionTreeEnsemble ensemble) =>
        ensemble.Trees.Sum(t => (long)t.NumberOfNodes + t.NumberOfLeaves);

    /// <summary>The per-class ensembles of a multiclass LightGBM model.</summary>
    /// <remarks>
    /// ML.NET 5.0.1 keeps <c>OneVersusAllModelParameters.SubModelParameters</c> internal; it is read by reflection
    /// because no public member exposes the trees (the package version is pinned, and the contract tests read it).
    /// </remarks>
    private static IEnumerable<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>> SubModels(OneVersusAllModelParameters model)
    {
        var property = typeof(OneVersusAllModelParameters).GetProperty("SubModelParameters", BindingFlags.Instance | BindingFlags.NonPublic)
            ?? throw new InvalidDataException("This ML.NET version hides the per-class trees of a multiclass LightGBM model.");
        var subModels = (System.Collections.IEnumerable)property.GetValue(model)!;
        return subModels.Cast<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>>();
    }
}
