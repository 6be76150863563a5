using Tradeoff.Core.Techniques;
using Tradeoff.Techniques.Baseline;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.Tests.Baseline;

public sealed class BaselineTechniqueTests : TechniqueContract
{
    protected override ITechnique CreateTechnique() => new BaselineTechnique();

    protected override bool FitsSubsetsInPlace => true;

    [Fact]
    public void Should_predict_the_class_frequencies_When_classifying()
    {
        var data = ToyData.Multiclass(rows: 9);
        using var model = FitFeaturized(data);
        var output = new float[3];
        model.Predict(new float[data.FeatureCount], output);
        Assert.Equal([1 / 3f, 1 / 3f, 1 / 3f], output);
    }

    [Fact]
    public void Should_predict_the_mean_When_regressing()
    {
        var data = ToyData.Regression(rows: 10);
        using var model = FitFeaturized(data);
        var output = new float[1];
        model.Predict(new float[data.FeatureCount], output);
        Assert.Equal(data.Target.Values.Average(), output[0], 4);
    }

    [Fact]
    public void Should_count_its_stored_prediction_as_its_parameters()
    {
        // Given 3 classes, and a regression target, each behind the shared featurization (whose statistics are not counted)
        using var classes = FitFeaturized(ToyData.Multiclass(rows: 9));
        using var mean = FitFeaturized(ToyData.Regression(rows: 10));

        // Then by hand: the 3 class shares it predicts for every row; the 1 mean
        Assert.Equal(3, classes.ParameterCount);
        Assert.Equal(1, mean.ParameterCount);
    }
}
