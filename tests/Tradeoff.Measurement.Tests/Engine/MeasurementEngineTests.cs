using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Tests.Fakes;

namespace Tradeoff.Measurement.Tests.Engine;

public sealed partial class MeasurementEngineTests
{
    private static readonly Dictionary<string, string> NoSettings = [];

    [Fact]
    public void Every_quality_is_measured_from_the_fake_clock()
    {
        // Given a technique whose fits take 2 s (the first 5 s) and 1.5 CPU s, whose rows take 100 us each
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(2), predict: TimeSpan.FromMicroseconds(100), firstFit: TimeSpan.FromSeconds(5), cpu: TimeSpan.FromSeconds(1.5), memory: 1_000_000);
        var data = TestData.Classes(100, 50);

        // When measured by 10-fold cross-validation
        var result = machine.Engine(new ProtocolSpec()).Measure("clock", technique, NoSettings, data, null, CancellationToken.None);

        // Then predictive quality rests on the 10 folds (the majority class is right on 10 of 15 rows of each fold)
        Assert.Equal(TechniqueStatus.Measured, result.Status);
        var accuracy = result.Qualities["accuracy"];
        Assert.Equal(10, accuracy.SampleCount);
        Assert.Equal(2.0 / 3, accuracy.Value, 6);
        Assert.Equal(0, accuracy.Std!.Value, 6);
        Assert.Equal(0.5, result.Qualities["auc"].Value, 6);

        // And the fit times are the median of the fits at steady state, the first fit (which compiled) apart
        var trainTime = result.Qualities["train-time"];
        Assert.Equal(2, trainTime.Value, 6);
        Assert.Equal(10, trainTime.SampleCount);
        Assert.Equal(5, trainTime.Details!["first-fit-seconds"], 6);
        Assert.Equal(11, trainTime.Details["fits"]);
        Assert.Equal(1, trainTime.Details["warm-up-fits"]);
        // (every fit took 2 s, so the interval is the run-to-run floor of 10% either side)
        Assert.Equal(1.8, trainTime.Lower!.Value, 9);
        Assert.Equal(2.2, trainTime.Upper!.Value, 9);
        Assert.Equal(1.5, result.Qualities["train-cpu-time"].Value, 6);
        Assert.Equal(1_000_000, result.Qualities["train-memory"].Value);
        Assert.Equal(1_000_000, result.Qualities["inference-memory"].Value);

        // And latency and throughput follow the 100 us per row
        Assert.Equal(100, result.Qualities["latency.p50"].Value, 6);
        Assert.Equal(100, result.Qualities["latency.p99"].Value, 6);
        Assert.True(result.Qualities["latency.p99"].SampleCount >= 1000);
        Assert.Null(result.Qualities["latency.p99"].Note);
        Assert.Equal(10_000, result.Qualities["throughput"].Value, 3);
        Assert.Equal(64, result.Qualities["model-size"].Value);
        Assert.Equal(2, result.Qualities["parameters"].Value);

        // And energy is estimated from the final fit's 1.5 CPU s at 10 W per core
        var energy = result.Qualities["energy.train"];
        Assert.True(energy.Estimated);
        Assert.Equal(15, energy.Value, 9);
        Assert.Equal(15 / 3.6e6 * 475, result.Qualities["co2.train"].Value, 12);
        Assert.Equal(1.5 / 3600 * 0.05, result.Qualities["cost.train"].Value, 12);

        // And the measurement time of cross-validation is recorded: 5 + 9 x 2 s of fits and 150 rows x 100 us
        Assert.Equal(23.015, result.MeasurementSeconds["accuracy"], 6);
        Assert.Equal(2, result.MeasurementSeconds["train-time"], 6);
    }

    [Fact]
    public void The_defaults_adapted_to_the_data_are_stated_with_the_parameters()
    {
        // Given a technique whose k adapts to the training rows, one whose defaults are fixed, and a small and a large data set
        var engine = new FakeMachine().Engine(new ProtocolSpec());

        // When each is measured
        var small = engine.Measure("adapting", new AdaptingTechnique(), NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);
        var large = engine.Measure("adapting", new AdaptingTechnique(), NoSettings, TestData.Classes(150, 150), null, CancellationToken.None);
        var fixedDefaults = engine.Measure("majority", new MajorityTechnique(), NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);

        // Then the results state the settings the final fit used, which differ with the size; fixed defaults state nothing
        Assert.Equal("fitted with k=3 (defaults adapted to 60 training rows)", small.Qualities["parameters"].Note);
        Assert.Equal("fitted with k=9 (defaults adapted to 300 training rows)", large.Qualities["parameters"].Note);
        Assert.Null(fixedDefaults.Qualities["parameters"].Note);
    }

    [Fact]
    public void A_technique_that_throws_is_failed_with_its_message_and_the_engine_goes_on()
    {
        var machine = new FakeMachine();
        var engine = machine.Engine(new ProtocolSpec());
        var data = TestData.Classes(30, 30);

        var failed = engine.Measure("throwing", new ThrowingTechnique(), NoSettings, data, null, CancellationToken.None);
        var next = engine.Measure("majority", new MajorityTechnique(), NoSettings, data, null, CancellationToken.None);

        Assert.Equal(TechniqueStatus.Failed, failed.Status);
        Assert.Contains("the solver diverged", failed.Message, StringComparison.Ordinal);
        Assert.Empty(failed.Qualities);
        Assert.Equal(TechniqueStatus.Measured, next.Status);
    }

    [Fact]
    public void A_failure_wrapped_by_parallel_code_is_reported_by_its_real_message()
    {
        // Given a technique whose fit fails inside parallel code (an AggregateException around the real failure)
        var result = new FakeMachine().Engine(new ProtocolSpec()).Measure("throwing", new ThrowingTechnique(wrapped: true), NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);

        // Then the note names the real failure, not "One or more errors occurred."
        Assert.Equal(TechniqueStatus.Failed, result.Status);
        Assert.EndsWith("InvalidOperationException: the solver diverged", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AggregateException", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failure_after_some_qualities_keeps_them()
    {
        var machine = new FakeMachine();
        var result = machine.Engine(new ProtocolSpec()).Measure("throwing", new ThrowingTechnique(inPredict: true), NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);

        Assert.Equal(TechniqueStatus.Failed, result.Status);
        Assert.StartsWith("latency: ", result.Message, StringComparison.Ordinal);
        Assert.Contains("accuracy", result.Qualities.Keys);
        Assert.Contains("model-size", result.Qualities.Keys);
        Assert.DoesNotContain("latency.p50", result.Qualities.Keys);
    }

    [Fact]
    public void Passing_the_time_limit_stops_the_technique_over_budget_with_what_was_measured()
    {
        // Given a 10 s limit, a 2 s fit and 10 ms per predicted row: latency cannot finish 1,000 calls in time
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(2), predict: TimeSpan.FromMilliseconds(10));
        var protocol = new ProtocolSpec { TimeLimit = TimeSpan.FromSeconds(10) };

        var result = machine.Engine(protocol).Measure("clock", technique, NoSettings, TestData.Classes(100, 50), TestData.Classes(20, 10), CancellationToken.None);

        Assert.Equal(TechniqueStatus.OverBudget, result.Status);
        Assert.Contains("during latency", result.Message, StringComparison.Ordinal);
        Assert.Contains("accuracy", result.Qualities.Keys);
        Assert.Contains("train-time", result.Qualities.Keys);
        Assert.DoesNotContain("latency.p50", result.Qualities.Keys);
    }

    [Fact]
    public void The_time_limit_cancels_the_fits_of_a_long_cross_validation()
    {
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(2), predict: TimeSpan.Zero);

        var result = machine.Engine(new ProtocolSpec { TimeLimit = TimeSpan.FromSeconds(5) }).Measure("clock", technique, NoSettings, TestData.Classes(100, 50), null, CancellationToken.None);

        Assert.Equal(TechniqueStatus.OverBudget, result.Status);
        Assert.Contains("during accuracy", result.Message, StringComparison.Ordinal);
        Assert.True(technique.Fits <= 3, $"{technique.Fits} fits ran past a 5 s limit of 2 s fits");
    }

    [Fact]
    public void A_cancelled_run_marks_the_technique_interrupted()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var result = new FakeMachine().Engine(new ProtocolSpec()).Measure("majority", new MajorityTechnique(), NoSettings, TestData.Classes(30, 30), null, source.Token);

        Assert.Equal(TechniqueStatus.Interrupted, result.Status);
    }

    [Fact]
    public void Only_the_requested_qualities_are_measured()
    {
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(1), predict: TimeSpan.FromMicroseconds(50));

        var result = machine.Engine(new ProtocolSpec { Qualities = ["latency"] }).Measure("clock", technique, NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);

        Assert.All(result.Qualities.Keys, id => Assert.StartsWith("latency.", id, StringComparison.Ordinal));
        Assert.Equal(4, result.Qualities.Count);
        Assert.Equal(1, technique.Fits);
        Assert.Equal(["latency", "train-time"], result.MeasurementSeconds.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Accuracy_alone_needs_no_final_fit()
    {
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(1), predict: TimeSpan.Zero);

        var result = machine.Engine(new ProtocolSpec { Qualities = ["accuracy"] }).Measure("clock", technique, NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);

        Assert.Equal(["accuracy"], result.Qualities.Keys);
        Assert.Equal(10, technique.Fits);
    }

    [Fact]
    public void Quick_uses_three_folds_and_marks_a_p99_on_too_few_samples_inconclusive()
    {
        var machine = new FakeMachine();
        // (1 ms a row: rounds last at least 1 ms, so a faster model would take more than the minimum samples anyway)
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(1), predict: TimeSpan.FromMilliseconds(1));

        var result = machine.Engine(new ProtocolSpec { Quick = true }).Measure("clock", technique, NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);

        Assert.Equal(3, result.Qualities["accuracy"].SampleCount);
        var p99 = result.Qualities["latency.p99"];
        Assert.InRange(p99.SampleCount!.Value, 200, 661);
        Assert.StartsWith("inconclusive", p99.Note, StringComparison.Ordinal);
        Assert.Null(result.Qualities["latency.p90"].Note);
    }
}
