using Tradeoff.Core.Data;
using Tradeoff.Core.Data.Loading;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Techniques;

namespace Tradeoff.Export.Tests;

/// <summary>The deployment runtime the run's onnx.* qualities time: the exported model, fed one raw row per call.</summary>
public sealed class OnnxDeploymentTests
{
    private static readonly TechniqueCatalog Catalog = TechniqueCatalog.Compose(OwnTechniques.All);

    [Fact]
    public void Should_predict_as_the_in_process_model_row_by_row_When_the_technique_exports()
    {
        // Given naive Bayes fitted on credit-g (numeric and nominal columns)
        var train = DatasetBuilder.Build(DataLoader.Load(Parity.CreditG), "class");
        using var model = Fit("naive-bayes", train);

        // When deployed in ONNX Runtime
        using var deployed = OnnxDeployment.Runtime.Deploy(model, train, "nb", "naive-bayes");

        // Then the shipped model answers each raw row as the model does, and its size is the exported file's
        Assert.Null(deployed.WhyNot);
        Assert.Equal(OnnxExport.Write((FeaturizedModel)model, new ExportSchema("nb", "naive-bayes", train.Task, "class", train.Target.Levels, ((FeaturizedModel)model).Featurizer)).Length, deployed.Bytes);
        var rows = train.ToRowMajor();
        var expected = new float[model.OutputLength];
        var actual = new float[model.OutputLength];
        for (var r = 0; r < 50; r++)
        {
            var row = rows.AsSpan(r * train.FeatureCount, train.FeatureCount);
            model.Predict(row, expected);
            deployed.Model!.Predict(row, actual);
            for (var c = 0; c < expected.Length; c++)
            {
                Assert.True(Math.Abs(expected[c] - actual[c]) <= 1e-5, $"row {r} class {c}: Tradeoff {expected[c]}, ONNX Runtime {actual[c]}");
            }
        }

        Assert.StartsWith("ONNX Runtime 1.", OnnxDeployment.Runtime.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_why_When_the_technique_cannot_be_exported()
    {
        // Given k-nearest-neighbours, which ONNX does not express (docs/EXPORT.md)
        var train = DatasetBuilder.Build(DataLoader.Load(Parity.CreditG), "class");
        using var model = Fit("k-nearest-neighbours", train);

        // When deployed
        using var deployed = OnnxDeployment.Runtime.Deploy(model, train, "knn", "k-nearest-neighbours");

        // Then there is no shipped model, and the reason names the technique
        Assert.Null(deployed.Model);
        Assert.StartsWith("knn cannot be exported to ONNX: ", deployed.WhyNot, StringComparison.Ordinal);
    }

    private static IModel Fit(string id, Dataset train) =>
        FeaturizedTechnique.Wrap(Catalog.Get(id).CreateChecked(new TechniqueSettings(id))).Fit(train, new FitContext { Seed = 7, Threads = 1 });
}
