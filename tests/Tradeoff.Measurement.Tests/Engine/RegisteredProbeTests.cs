using Tradeoff.Core;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Stages;
using Tradeoff.Measurement.Tests.Fakes;

namespace Tradeoff.Measurement.Tests.Engine;

public sealed class RegisteredProbeTests
{
    private static readonly Dictionary<string, string> NoSettings = [];

    [Fact]
    public void Should_measure_a_new_quality_When_its_probe_is_registered()
    {
        // Given the registered probes and one more, whose quality the catalog does not know and which needs the final model
        var machine = new FakeMachine();
        var progress = new Timeline();
        var probes = RegisteredProbes.All.Append(new ParametersPerRowStage()).ToList();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(1), predict: TimeSpan.FromMicroseconds(10));
        var data = TestData.Classes(100, 50);

        // When a study asks for accuracy and the new quality
        var engine = machine.Engine(new ProtocolSpec { Qualities = ["accuracy", "parameters-per-row"] }, progress, probes: probes);
        var result = engine.Measure("clock", technique, NoSettings, data, null, CancellationToken.None);

        // Then the engine fitted the final model the probe needs and ran it as its own stage, last
        Assert.Equal(TechniqueStatus.Measured, result.Status);
        Assert.Equal(["accuracy", "train-time", "parameters-per-row"], progress.Events.OfType<StageStarted>().Select(e => e.Label));

        // And the quality has the value, unit and direction the probe declared
        var value = result.Qualities["parameters-per-row"];
        Assert.Equal(2.0 / 150, value.Value, 12);
        Assert.Equal("count", value.Unit);
        Assert.Equal(Direction.LowerIsBetter, value.Direction);
        Assert.Equal(["accuracy", "parameters-per-row"], result.Qualities.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("interpretability", new[] { "interpretability" })]
    [InlineData("complexity", new[] { "train-time", "interpretability" })]
    public void Should_fit_the_final_model_only_When_a_probe_that_runs_needs_it(string quality, string[] stages)
    {
        // Given a study that asks for the interpretability flag (the capability alone) or the complexity figures (the model's)
        var machine = new FakeMachine();
        var progress = new Timeline();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(1), predict: TimeSpan.FromMicroseconds(10));

        // When measured
        machine.Engine(new ProtocolSpec { Qualities = [quality] }, progress).Measure("clock", technique, NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);

        // Then the final fit (stage train-time) runs only for the figures that need the model
        Assert.Equal(stages, progress.Events.OfType<StageStarted>().Select(e => e.Label));
    }

    [Fact]
    public void Should_refuse_a_quality_no_probe_measures_When_the_study_names_it()
    {
        // Given the registered probes only
        var machine = new FakeMachine();

        // When a study asks for the quality of a probe that is not registered
        var error = Assert.Throws<InputException>(() => machine.Engine(new ProtocolSpec { Qualities = ["parameters-per-row"] }));

        // Then it is an unknown quality
        Assert.Contains("unknown quality 'parameters-per-row'", error.Message, StringComparison.Ordinal);
    }
}
