using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.MLNet;

/// <summary>
/// A trained LightGBM ensemble. Rows are predicted from its trees copied into <see cref="FlatTrees"/>: exact and
/// allocation-free; the ML.NET transformer is kept for saving.
/// </summary>
internal sealed class BoostedTreesModel : IModel
{
    private const int FormatVersion = 1;
    private readonly FlatTrees _trees;
    private readonly PlattCalibrator? _calibrator;
    private readonly double[] _scores;

    public BoostedTreesModel(MLContext ml, ITransformer transformer, DataViewSchema schema, TaskKind task, int width, int outputLength)
    {
        Context = ml;
        Transformer = transformer;
        Schema = schema;
        Task = task;
        Width = width;
        OutputLength = outputLength;
        var model = (transformer as IPredictionTransformer<object>)?.Model;
        switch (model)
        {
            case CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator> binary:
                _trees = new FlatTrees([binary.SubModel.TrainedTreeEnsemble]);
                _calibrator = binary.Calibrator;
                break;
            case LightGbmRegressionModelParameters regression:
                _trees = new FlatTrees([regression.TrainedTreeEnsemble]);
                break;
            case OneVersusAllModelParameters multiclass:
                _trees = new FlatTrees(SubModels(multiclass).Select(m => m.SubModel.TrainedTreeEnsemble).ToList());
                break;
            default:
                throw new InvalidDataException($"Not a LightGBM model: {model?.GetType().Name ?? transformer.GetType().Name}.");
        }

        _scores = new double[_trees.EnsembleCount];
    }

    public MLContext Context { get; }

    public ITransformer Transformer { get; }

    public DataViewSchema Schema { get; }

    public TaskKind Task { get; }

    public int Width { get; }

    public int OutputLength { get; }

    /// <summary>2 per split and 1 per leaf over every tree (one per class and iteration for multiclass); the calibrator's sigmoid is a setting.</summary>
    public long ParameterCount => _trees.ParameterCount;

    /// <summary>The trees and the binary model's calibrator (for a writer of the model in another form).</summary>
    internal (FlatTrees Trees, PlattCalibrator? Calibrator) Parts => (_trees, _calibrator);

    public void Predict(ReadOnlySpan<float> features, Span<float> output)
    {
        switch (Task)
        {
            case TaskKind.BinaryClassification:
                var positive = _calibrator!.PredictProbability((float)_trees.Score(features, 0));
                output[0] = 1f - positive;
                output[1] = positive;
                break;
            case TaskKind.MulticlassClassification:
                SoftMax(features, output);
                break;
            default:
                output[0] = (float)_trees.Score(features, 0);
                break;
        }
    }

    /// <summary>The softmax of the per-class raw scores, as ML.NET's one-versus-all softmax computes it.</summary>
    private void SoftMax(ReadOnlySpan<float> features, Span<float> output)
    {
        var max = double.NegativeInfinity;
        for (var c = 0; c < _scores.Length; c++)
        {
            _scores[c] = (float)_trees.Score(features, c);
            max = Math.Max(max, _scores[c]);
        }

        var sum = 0.0;
        for (var c = 0; c < _scores.Length; c++)
        {
            _scores[c] = Math.Exp(_scores[c] - max);
            sum += _scores[c];
        }

        for (var c = 0; c < _scores.Length; c++)
        {
            output[c] = (float)(_scores[c] / sum);
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
        (Transformer as IDisposable)?.Dispose();
    }

    /// <summary>The per-class ensembles of a multiclass LightGBM model.</summary>
    /// <remarks>
    /// ML.NET 5.0.1 keeps <c>OneVersusAllModelParameters.SubModelParameters</c> internal; it is read by reflection
    /// because no public member exposes the trees. The package version is pinned, and a test checks that the
    /// predictions equal ML.NET's own prediction engine's.
    /// </remarks>
    private static IEnumerable<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>> SubModels(OneVersusAllModelParameters model)
    {
        var property = typeof(OneVersusAllModelParameters).GetProperty("SubModelParameters", BindingFlags.Instance | BindingFlags.NonPublic)
            ?? throw new InvalidDataException("This ML.NET version hides the per-class trees of a multiclass LightGBM model.");
        var subModels = (System.Collections.IEnumerable)property.GetValue(model)!;
        return subModels.Cast<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>>();
    }
}
