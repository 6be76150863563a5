using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Techniques;
using Tradeoff.Techniques.MLNet;

namespace Tradeoff.Export.Tests;

public sealed class FeaturizationGraphTests
{
    [Fact]
    public void Should_featurize_consecutive_numeric_columns_as_one_vector_When_the_data_are_pixels()
    {
        // Given logistic regression, which standardizes, fitted on 64 numeric pixel columns
        var train = DatasetBuilder.Build(Parity.Images(), "class");
        var technique = FeaturizedTechnique.Wrap(TechniqueCatalog.Compose(OwnTechniques.All, MLNetTechniques.All).Get("logistic-regression").CreateChecked(new TechniqueSettings("logistic-regression")));
        using var model = (FeaturizedModel)technique.Fit(train, new FitContext { Seed = 7, Threads = 1 });

        // When exported
        var bytes = OnnxExport.Write(model, new ExportSchema("lr", "logistic-regression", train.Task, "class", train.Target.Levels, model.Featurizer));
        var graph = global::Onnx.ModelProto.Parser.ParseFrom(bytes).Graph;

        // Then the 64 inputs stay named columns, but the whole graph has fewer operators than columns: their
        // standardization is one Sub and one Div over the row, not a pair per pixel (per-pixel operators made a
        // Fashion-MNIST row cost ONNX Runtime tens of milliseconds)
        Assert.Equal(64, graph.Input.Count);
        Assert.True(graph.Node.Count < 64, $"{graph.Node.Count} operators: {string.Join(", ", graph.Node.Select(n => n.OpType))}");
    }
}
