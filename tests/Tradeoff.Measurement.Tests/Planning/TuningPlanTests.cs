using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Planning;
using Tradeoff.Measurement.Tests.Fakes;
using Tradeoff.Measurement.Tests.Tuning;

namespace Tradeoff.Measurement.Tests.Planning;

public sealed class TuningPlanTests
{
    [Fact]
    public void Tuning_is_planned_from_the_search_the_run_makes_not_from_the_default_configuration()
    {
        // Given a tuned technique whose configurations cost 1 to 8 fake seconds a fit (4 by default), searched
        // cost-frugally (the cheapest first), with nested cross-validation over 3 outer folds
        var protocol = new ProtocolSpec { Folds = 3, Qualities = ["accuracy"], Tuning = new TuningSpec { Trials = 6, InnerFolds = 2, Strategy = TuningStrategy.CostFrugal } };
        var data = TuningData.Overlapping();
        var planning = new FakeMachine();
        var descriptor = RecordingTechnique.Descriptor([], planning);
        var technique = descriptor.CreateChecked(new TechniqueSettings("recording", new Dictionary<string, string>()));
        var plan = planning.Engine(protocol).Plan("recording", technique, data, null, protocol.Tuning, CancellationToken.None, new PlannedSearch(descriptor, new Dictionary<string, string>(), "accuracy"));
        var measuring = new FakeMachine();

        // When it is tuned and measured
        var result = measuring.Engine(protocol).MeasureTuned("recording", RecordingTechnique.Descriptor([], measuring), new Dictionary<string, string>(), "accuracy", null, data, null, CancellationToken.None);

        // Then the plan's tuning is within 25% of the searches' seconds (60 s against 62 s; priced at the default's
        // 4 s a fit, as before, 48 fits made 192 s: the cheap configurations come first)
        var tuning = result.Tuning!;
        var took = tuning.SearchSeconds + tuning.NestedSeconds;
        var planned = plan.Stages.Single(s => s.Stage == "tuning");
        Assert.InRange(planned.Seconds, took * 0.8, took * 1.25);
        Assert.Contains("searches timed before the run, on all rows", planned.Note, StringComparison.Ordinal);
    }
}
