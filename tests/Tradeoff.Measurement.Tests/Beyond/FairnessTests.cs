using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Tests.Fakes;
using Tradeoff.Testing;

namespace Tradeoff.Measurement.Tests.Beyond;

public sealed class FairnessTests
{
    // Eight rows, positive class 1. Worked by hand:
    //   sex f (rows 0-3): truth 1 1 0 0, predicted 1 0 0 0 -> accuracy 3/4, selection 1/4, TPR 1/2, FPR 0
    //   sex m (rows 4-7): truth 1 1 0 0, predicted 1 1 1 1 -> accuracy 2/4, selection 4/4, TPR 1,   FPR 1
    //   age <=25 (rows 0, 2, 4, 7): accuracy 3/4, selection 3/4, TPR 2/2, FPR 1/2
    //   age >25  (rows 1, 3, 5, 6): accuracy 2/4, selection 2/4, TPR 1/2, FPR 1/2
    private static readonly float[] Truth = [1, 1, 0, 0, 1, 1, 0, 0];
    private static readonly float[] Predicted = [1, 0, 0, 0, 1, 1, 1, 1];

    private static Dataset Data() => new(
        "hand-made",
        [ToyData.Nominal("sex", [0, 0, 0, 0, 1, 1, 1, 1], "f", "m"), ToyData.Numeric("age", [20, 30, 22, 40, 25, 50, 60, 24])],
        ToyData.Nominal("y", [.. Truth], "no", "yes"),
        TaskKind.BinaryClassification,
        1);

    private static float[] Outputs() => [.. Predicted.SelectMany(p => p == 1 ? new[] { 0.2f, 0.8f } : [0.8f, 0.2f])];

    private static readonly ProtectedAttribute[] Attributes = [new("sex", []), new("age", [25])];

    [Fact]
    public void Group_rates_and_gaps_match_the_hand_computed_figures()
    {
        var result = FairnessProbe.Measure(Data(), Outputs(), Attributes, seed: 42, "hand-made rows");

        var sex = result["fairness.sex.demographic-parity"];
        Assert.Equal(0.75, sex.Value, 12);
        Assert.Equal(0.25, result["fairness.sex.accuracy-gap"].Value, 12);
        Assert.Equal(1, result["fairness.sex.equalized-odds"].Value, 12);
        Assert.Equal(4, sex.Details!["f size"]);
        Assert.Equal(0.25, sex.Details["f selection-rate"], 12);
        Assert.Equal(0.5, sex.Details["f tpr"], 12);
        Assert.Equal(0, sex.Details["f fpr"], 12);
        Assert.Equal(1, sex.Details["m fpr"], 12);

        var age = result["fairness.age.equalized-odds"];
        Assert.Equal(0.5, age.Value, 12);
        Assert.Equal(0.25, result["fairness.age.demographic-parity"].Value, 12);
        Assert.Equal(0.25, result["fairness.age.accuracy-gap"].Value, 12);
        Assert.Equal(0.75, age.Details!["<=25 accuracy"], 12);
        Assert.Equal(0.5, age.Details[">25 tpr"], 12);
    }

    [Fact]
    public void The_overall_gap_is_the_largest_over_attributes_and_small_groups_are_flagged()
    {
        var result = FairnessProbe.Measure(Data(), Outputs(), Attributes, seed: 42, "hand-made rows");

        Assert.Equal(0.75, result["fairness.demographic-parity"].Value, 12);
        Assert.Equal(1, result["fairness.equalized-odds"].Value, 12);
        Assert.Equal(0.5, result["fairness.equalized-odds"].Details!["age"], 12);
        Assert.StartsWith("largest for 'sex'", result["fairness.equalized-odds"].Note, StringComparison.Ordinal);
        Assert.Contains("group 'f' has 4 rows: too small for a verdict", result["fairness.sex.accuracy-gap"].Note, StringComparison.Ordinal);
        var gap = result["fairness.sex.demographic-parity"];
        Assert.True(gap.Lower <= gap.Upper);
    }

    [Fact]
    public void A_numeric_attribute_without_thresholds_is_cut_at_its_median()
    {
        var groups = ProtectedGroups.Of(Data().Features[1], new ProtectedAttribute("age", []));

        Assert.Equal(["<=27.5", ">27.5"], groups.Names);
        Assert.Equal([0, 1, 0, 1, 0, 1, 1, 0], groups.GroupOfRow);
    }

    [Fact]
    public void Multiclass_fairness_keeps_the_accuracy_gap_and_explains_the_rest()
    {
        var data = ToyData.Multiclass();
        var outputs = new float[data.RowCount * 3];
        var result = FairnessProbe.Measure(data, outputs, [new ProtectedAttribute(data.Features[2].Name, [])], 1, "rows");

        Assert.True(result["fairness.accuracy-gap"].IsAvailable);
        Assert.Contains("positive class", result["fairness.demographic-parity"].NotAvailable, StringComparison.Ordinal);
    }

    [Fact]
    public void The_engine_measures_fairness_on_out_of_fold_predictions()
    {
        var data = TestData.WithColour(ToyData.Binary());
        var engine = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["fairness"] }, protectedAttributes: [new ProtectedAttribute("colour", [])]);

        var result = engine.Measure("centroid", new NearestCentroidTechnique(), new Dictionary<string, string>(), data, null, CancellationToken.None);

        Assert.True(result.Qualities["fairness.colour.accuracy-gap"].IsAvailable);
        Assert.Equal(120, result.Qualities["fairness.colour.accuracy-gap"].SampleCount);
        Assert.Equal(result.Qualities["fairness.colour.equalized-odds"].Value, result.Qualities["fairness.equalized-odds"].Value);
    }

    [Fact]
    public void A_protected_attribute_absent_from_the_data_is_an_input_error_naming_it()
    {
        var engine = new FakeMachine().Engine(new ProtocolSpec(), protectedAttributes: [new ProtectedAttribute("gender", [])]);

        var error = Assert.Throws<InputException>(() => engine.Measure("majority", new MajorityTechnique(), new Dictionary<string, string>(), ToyData.Binary(), null, CancellationToken.None));

        Assert.Contains("protected attribute 'gender'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_protected_attribute_absent_from_the_data_is_refused_even_When_fairness_is_not_measured()
    {
        // Given a study that names a protected attribute the data lack, and measures accuracy only
        var engine = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["accuracy"] }, protectedAttributes: [new ProtectedAttribute("gender", [])]);

        // Then the mistake is refused rather than ignored until someone asks for fairness
        var error = Assert.Throws<InputException>(() => engine.Measure("majority", new MajorityTechnique(), new Dictionary<string, string>(), ToyData.Binary(), null, CancellationToken.None));
        Assert.Contains("protected attribute 'gender'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_protected_attributes_fairness_says_why_it_is_not_available()
    {
        var result = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["fairness"] })
            .Measure("majority", new MajorityTechnique(), new Dictionary<string, string>(), ToyData.Binary(), null, CancellationToken.None);

        Assert.Contains("no protected attribute", result.Qualities["fairness.accuracy-gap"].NotAvailable, StringComparison.Ordinal);
    }
}
