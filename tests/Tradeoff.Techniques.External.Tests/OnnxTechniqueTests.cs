using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;

namespace Tradeoff.Techniques.External.Tests;

/// <summary>A pre-trained ONNX model measured beside a built-in technique, and every way its file can fail to fit the data.</summary>
public sealed class OnnxTechniqueTests : IDisposable
{
    private readonly StudyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_model_with_a_string_and_a_float_input_is_scored_and_its_training_qualities_are_not_applicable()
    {
        var results = _folder.Run("{ id: my-net, onnx: models/nominal.onnx }");

        var net = results["my-net"];
        Assert.True(net.Status == TechniqueStatus.Measured, net.Message);
        Assert.Equal("onnx", net.TechniqueId);
        // The fixture predicts 'big' exactly when size > 5, the rule the data follow.
        Assert.Equal(1.0, net.Qualities[QualityIds.Accuracy].Value);
        Assert.True(net.Qualities[QualityIds.LatencyP50].IsAvailable);
        Assert.Equal(new FileInfo(_folder.Combine("models", "nominal.onnx")).Length, net.Qualities[QualityIds.ModelSize].Value);
        Assert.Equal(TrainingSide.NotApplicable, net.Qualities[QualityIds.TrainTime].NotAvailable);
        Assert.Equal(TechniqueStatus.Measured, results["baseline"].Status);
    }

    [Fact]
    public void A_model_that_takes_the_whole_numeric_row_predicts_a_regression_value()
    {
        var results = _folder.Run("{ id: my-row, onnx: models/row.onnx }", "{ train: numbers.csv, target: y }", "[rmse, model-size, stability.accuracy-spread]");

        var row = results["my-row"];
        Assert.True(row.Status == TechniqueStatus.Measured, row.Message);
        Assert.Equal(0.0, row.Qualities[QualityIds.Rmse].Value, 5);
        Assert.Equal(TrainingSide.NotApplicable, row.Qualities[QualityIds.StabilityAccuracySpread].NotAvailable);
    }

    [Fact]
    public void Asked_for_every_quality_a_pre_trained_model_measures_the_prediction_side_and_says_not_applicable_of_the_rest()
    {
        var results = _folder.Run("{ id: my-net, onnx: models/nominal.onnx }", "{ train: data.csv, target: label, protected: { colour: [] } }", qualities: null);

        var net = results["my-net"];
        Assert.True(net.Status == TechniqueStatus.Measured, net.Message);
        Assert.All(TrainingSide.Ids.Where(net.Qualities.ContainsKey), id => Assert.Equal(TrainingSide.NotApplicable, net.Qualities[id].NotAvailable));
        Assert.Contains(QualityIds.StabilityChurn, net.Qualities.Keys);
        foreach (var id in new[] { QualityIds.Accuracy, QualityIds.LatencyP99, QualityIds.Throughput, QualityIds.InferenceMemory, QualityIds.RobustnessNoise01, FairnessIds.Of("colour", "accuracy-gap") })
        {
            Assert.True(net.Qualities[id].IsAvailable, $"{id}: {net.Qualities[id].NotAvailable}");
        }
    }

    [Theory]
    [InlineData("models/absent.onnx", null, "models/absent.onnx: the ONNX file cannot be read: no such file")]
    [InlineData("models/broken.onnx", "not a model", "models/broken.onnx: not an ONNX model ONNX Runtime can load")]
    [InlineData("models/mismatch.onnx", null, "the model's input(s) 'height', 'weight' match no feature column of the data (size, colour)")]
    public void A_model_that_cannot_score_the_data_is_not_trained_with_its_reason_and_the_run_goes_on(string path, string? content, string expected)
    {
        if (content is not null)
        {
            File.WriteAllText(_folder.Combine(path), content);
        }

        var results = _folder.Run($"{{ id: my-net, onnx: {path} }}");

        var net = results["my-net"];
        Assert.Equal(TechniqueStatus.NotTrained, net.Status);
        Assert.Contains(expected, net.Message, StringComparison.Ordinal);
        Assert.StartsWith("not trained: ", net.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', net.Message!);
        Assert.Equal(TechniqueStatus.Measured, results["baseline"].Status);
    }
}
