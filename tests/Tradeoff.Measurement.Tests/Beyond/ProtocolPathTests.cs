using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Tests.Fakes;
using Tradeoff.Testing;

namespace Tradeoff.Measurement.Tests.Beyond;

/// <summary>Protocol II on every way of splitting: k folds, leave-one-out, a test set.</summary>
public sealed class ProtocolPathTests
{
    private static readonly string[] Beyond = ["interpretability", "importance", "robustness", "stability", "fairness", "privacy", "data-needs", "scale", "incremental"];

    [Fact]
    public void A_test_set_is_the_one_held_out_part_and_fairness_is_measured_on_its_rows()
    {
        var train = TestData.WithColour(ToyData.Binary());
        var test = TestData.WithColour(ToyData.Binary(rows: 60, seed: 8), seed: 9);
        var engine = new FakeMachine().Engine(new ProtocolSpec { Qualities = Beyond }, protectedAttributes: [new ProtectedAttribute("colour", [])]);

        var result = engine.Measure("centroid", new NearestCentroidTechnique(), new Dictionary<string, string>(), train, test, CancellationToken.None);

        Assert.Equal(TechniqueStatus.Measured, result.Status);
        Assert.Equal(60, result.Qualities["fairness.colour.accuracy-gap"].SampleCount);
        Assert.Equal(1, result.Qualities["stability.churn"].SampleCount);
        Assert.Contains("test set", result.Qualities["robustness.noise-0.1"].Protocol, StringComparison.Ordinal);
        // One part gives one score per draw: no interval after the first, so the learning curve draws again.
        Assert.True(result.Qualities["data-needs.accuracy-50"].Details!["repetitions"] >= 2);
        Assert.NotNull(result.Qualities["data-needs.accuracy-50"].Lower);
    }

    [Fact]
    public void Leave_one_out_uses_a_three_fold_split_for_the_probes()
    {
        var result = new FakeMachine().Engine(new ProtocolSpec { LeaveOneOut = true, Qualities = Beyond })
            .Measure("centroid", new NearestCentroidTechnique(), new Dictionary<string, string>(), ToyData.Binary(rows: 40), null, CancellationToken.None);

        Assert.Equal(TechniqueStatus.Measured, result.Status);
        Assert.Equal(3, result.Qualities["privacy.membership-auc"].SampleCount);
        Assert.Contains("stratified 3-fold split", result.Qualities["privacy.membership-auc"].Protocol, StringComparison.Ordinal);
    }

    [Fact]
    public void Regression_gets_r2_in_place_of_accuracy_and_says_what_does_not_apply()
    {
        var result = new FakeMachine().Engine(new ProtocolSpec { Qualities = Beyond })
            .Measure("mean", new MajorityTechnique(), new Dictionary<string, string>(), ToyData.Regression(), null, CancellationToken.None);

        Assert.Equal(TechniqueStatus.Measured, result.Status);
        Assert.Contains("r2", result.Qualities["robustness.noise-0.1"].Protocol, StringComparison.Ordinal);
        Assert.Equal(0, result.Qualities["stability.churn"].Value);
        Assert.False(result.Qualities["privacy.loss-gap"].IsAvailable);
        Assert.Contains("classification", result.Qualities["fairness.accuracy-gap"].NotAvailable, StringComparison.Ordinal);
    }

    [Fact]
    public void The_time_limit_stops_protocol_two_over_budget_keeping_what_was_measured()
    {
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(1), predict: TimeSpan.Zero);

        var result = machine.Engine(new ProtocolSpec { Qualities = ["accuracy", "stability", "data-needs"], TimeLimit = TimeSpan.FromSeconds(15) })
            .Measure("clock", technique, new Dictionary<string, string>(), TestData.Classes(30, 30), null, CancellationToken.None);

        Assert.Equal(TechniqueStatus.OverBudget, result.Status);
        Assert.Contains("accuracy", result.Qualities.Keys);
        Assert.DoesNotContain("data-needs.accuracy-10", result.Qualities.Keys);
    }
}
