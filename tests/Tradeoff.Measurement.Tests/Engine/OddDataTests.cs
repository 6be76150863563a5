using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Tests.Fakes;
using Tradeoff.Testing;

namespace Tradeoff.Measurement.Tests.Engine;

/// <summary>Data that loads but strains the protocol: a single row, a class rarer than the folds.</summary>
public sealed class OddDataTests
{
    private static readonly Dictionary<string, string> NoSettings = [];

    [Fact]
    public void A_single_row_is_refused_with_an_input_error_not_a_crash()
    {
        var data = new Dataset("one.csv", [ToyData.Numeric("x", [1f])], ToyData.Numeric("y", [2.5f]), TaskKind.Regression);

        var error = Assert.Throws<InputException>(() => new FakeMachine().Engine(new ProtocolSpec()).Measure("majority", new MajorityTechnique(), NoSettings, data, null, CancellationToken.None));

        Assert.Equal("one.csv: cross-validation needs at least 2 rows; it has 1.", error.Message);
    }

    [Fact]
    public void A_class_with_fewer_rows_than_folds_degrades_stratification_with_a_warning()
    {
        // Given 10 folds and a class of 3 rows
        var engine = new FakeMachine().Engine(new ProtocolSpec());

        // When measured
        var result = engine.Measure("majority", new MajorityTechnique(), NoSettings, TestData.Classes(40, 3), null, CancellationToken.None);

        // Then the technique is measured on all 10 folds and the engine says the rare class is not in every test part
        Assert.Equal(TechniqueStatus.Measured, result.Status);
        Assert.Equal(10, result.Qualities["accuracy"].SampleCount);
        Assert.Contains("class 'c1' has 3 rows, fewer than the 10 folds: some test parts lack it.", engine.Warnings);
        Assert.DoesNotContain(engine.Warnings, w => w.Contains("class 'c0'", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_values_such_as_a_NaN_in_the_file_are_imputed_for_a_technique_that_cannot_take_them()
    {
        // Given a feature where every fifth value is missing (what "NaN", "?" or "NA" load as)
        var data = TestData.Classes(30, 30);
        var x = data.Features[0].Values.ToArray();
        for (var r = 0; r < x.Length; r += 5)
        {
            x[r] = float.NaN;
        }

        var withMissing = data.WithFeatures([ToyData.Numeric("x", x)]);

        // When a technique without missing-value support is measured behind the shared featurization
        var result = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["accuracy"] })
            .Measure("centroid", FeaturizedTechnique.Wrap(new NearestCentroidTechnique()), NoSettings, withMissing, null, CancellationToken.None);

        // Then it is measured and its accuracy is a number, well above chance on the rows that kept their value
        Assert.Equal(TechniqueStatus.Measured, result.Status);
        Assert.InRange(result.Qualities["accuracy"].Value, 0.7, 1.0);
    }

    [Fact]
    public void A_class_of_one_row_still_measures()
    {
        var engine = new FakeMachine().Engine(new ProtocolSpec { Folds = 5 });

        var result = engine.Measure("majority", new MajorityTechnique(), NoSettings, TestData.Classes(20, 1, 20), null, CancellationToken.None);

        Assert.Equal(TechniqueStatus.Measured, result.Status);
        Assert.Contains("class 'c1' has 1 rows, fewer than the 5 folds: some test parts lack it.", engine.Warnings);
    }
}
