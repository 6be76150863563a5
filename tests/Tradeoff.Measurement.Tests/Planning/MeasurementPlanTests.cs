using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Tests.Fakes;
using Tradeoff.Testing;

namespace Tradeoff.Measurement.Tests.Planning;

public sealed class MeasurementPlanTests
{
    private static readonly ProtocolSpec Study = new() { Qualities = ["accuracy", "train-time", "stability", "robustness.label-noise", "data-needs"] };

    [Fact]
    public void Each_stage_states_its_fits_and_their_time_from_one_timed_fit()
    {
        // Given a technique whose fits take 2 s on the fake clock
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(2), predict: TimeSpan.Zero);

        // When the plan is made
        var plan = machine.Engine(Study).Plan("clock", technique, ToyData.Binary(), null, null, CancellationToken.None);

        // Then the fit after the first, of 2 s, is the basis, and each stage's fits follow the protocol: 10 folds of 90% of the rows;
        // the final fit alone (the folds' fits ran at steady state already); the parts kept from cross-validation; per part 1 to 5
        // label draws, 2 to 9 seed retrains (and 3 bootstrap fits), 3 subsamples (10, 25, 50%) for 1 to 4 draws; and since
        // a fit on the learning curve's smallest share (10% of a part's 90%: 6 of each class) costs as much as one on all
        // rows, every fit costs 2 s whatever its rows
        Assert.Equal(3, technique.Fits);
        Assert.Equal(2, plan.FitSeconds);
        Assert.StartsWith("the median of 1 timed fit on all 120 training rows after a first of 2 s", plan.FitBasis, StringComparison.Ordinal);
        Assert.EndsWith("and of 1 on 12 rows: 2 s; a fit is taken to cost 2 s plus 0 s x its share of the rows", plan.FitBasis, StringComparison.Ordinal);
        var stages = plan.Stages.ToDictionary(s => s.Stage);
        Assert.Equal((10, 10, 20.0), (stages["accuracy"].Fits, stages["accuracy"].MaxFits, stages["accuracy"].Seconds));
        Assert.Equal((1, 2.0), (stages["train-time"].Fits, stages["train-time"].Seconds));
        Assert.Equal((0, "the first folds' fits of cross-validation, kept"), (stages["held-out-fits"].Fits, stages["held-out-fits"].Note));
        Assert.Equal((3, 15), (stages["robustness"].Fits, stages["robustness"].MaxFits));
        Assert.Equal((9, 30), (stages["stability"].Fits, stages["stability"].MaxFits));
        Assert.Equal((9, 36), (stages["data-needs"].Fits, stages["data-needs"].MaxFits));
        Assert.Equal(9 * 2, stages["data-needs"].Seconds, 9);
        Assert.Equal(plan.Stages.Sum(s => s.Seconds), plan.Seconds, 9);
    }

    [Fact]
    public void The_planned_fits_are_the_fits_the_run_makes_for_a_quiet_technique()
    {
        // Given a deterministic technique (every repetition stops at its minimum)
        var planning = new FakeMachine();
        var plan = planning.Engine(Study).Plan("clock", planning.Clock(fit: TimeSpan.FromSeconds(2), predict: TimeSpan.Zero), ToyData.Binary(), null, null, CancellationToken.None);
        var measuring = new FakeMachine();
        var technique = measuring.Clock(fit: TimeSpan.FromSeconds(2), predict: TimeSpan.Zero);

        // When it is measured
        measuring.Engine(Study).Measure("clock", technique, new Dictionary<string, string>(), ToyData.Binary(), null, CancellationToken.None);

        // Then it made the fits the plan said, at the least
        Assert.Equal(plan.Stages.Sum(s => s.Fits), technique.Fits);
    }

    [Fact]
    public void With_a_test_set_the_final_fit_is_the_held_out_part_and_the_plan_counts_the_fits_the_run_makes()
    {
        // Given a deterministic technique and a test set
        var planning = new FakeMachine();
        var test = ToyData.Binary(60, 9);
        var plan = planning.Engine(Study).Plan("clock", planning.Clock(fit: TimeSpan.FromSeconds(2), predict: TimeSpan.Zero), ToyData.Binary(), test, null, CancellationToken.None);
        var measuring = new FakeMachine();
        var technique = measuring.Clock(fit: TimeSpan.FromSeconds(2), predict: TimeSpan.Zero);

        // When it is measured
        measuring.Engine(Study).Measure("clock", technique, new Dictionary<string, string>(), ToyData.Binary(), test, CancellationToken.None);

        // Then the held-out part costs no fit of its own, and the run made the fits the plan said
        var stages = plan.Stages.ToDictionary(s => s.Stage);
        Assert.Equal((0, "the final fit, kept"), (stages["held-out-fits"].Fits, stages["held-out-fits"].Note));
        Assert.Equal(plan.Stages.Sum(s => s.Fits), technique.Fits);
    }

    [Fact]
    public void A_long_first_fit_is_the_basis_alone()
    {
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(12), predict: TimeSpan.Zero);

        var plan = machine.Engine(Study).Plan("clock", technique, ToyData.Binary(), null, null, CancellationToken.None);

        Assert.Equal(1, technique.Fits);
        Assert.Equal(12, plan.FitSeconds);
        Assert.StartsWith("one timed fit on all 120 training rows (12 s)", plan.FitBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_fits_are_timed_again_after_the_first_which_pays_for_compilation()
    {
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromMilliseconds(10), predict: TimeSpan.Zero, firstFit: TimeSpan.FromMilliseconds(500));

        var plan = machine.Engine(Study).Plan("clock", technique, ToyData.Binary(), null, null, CancellationToken.None);

        Assert.Equal(0.5, plan.FirstFitSeconds, 9);
        Assert.Equal(0.01, plan.FitSeconds, 9);
        // 1 compiling, 24 of 10 ms before the compiler was quiet for 250 ms (the 25th and 26th ran at steady state), 20 small
        Assert.Equal(26 + 20, technique.Fits);
        Assert.StartsWith("the median of the last 19 timed fits of 25 on all 120 training rows after a first of 500 ms", plan.FitBasis, StringComparison.Ordinal);
        Assert.Contains("fits ran at steady state from 240 ms after the first", plan.FitBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fits_warm_up_is_planned_as_the_fits_train_time_makes_until_they_run_at_steady_state()
    {
        // Given fits of 1 ms after a first that compiles, a test set (no cross-validation warms them up before
        // train-time) and a study of train-time alone: the run makes fits until the compiler was quiet for 250 ms, then
        // 100 at steady state (0.1 s of them)
        var study = new ProtocolSpec { Qualities = ["train-time"] };
        var test = ToyData.Binary(60, 9);
        var planning = new FakeMachine();
        var plan = planning.Engine(study).Plan("clock", planning.Clock(fit: TimeSpan.FromMilliseconds(1), predict: TimeSpan.Zero, firstFit: TimeSpan.FromMilliseconds(50)), ToyData.Binary(), test, null, CancellationToken.None);
        var measuring = new FakeMachine();
        var technique = measuring.Clock(fit: TimeSpan.FromMilliseconds(1), predict: TimeSpan.Zero, firstFit: TimeSpan.FromMilliseconds(50));

        // When it is measured
        measuring.Engine(study).Measure("clock", technique, new Dictionary<string, string>(), ToyData.Binary(), test, CancellationToken.None);

        // Then the plan counts the warm-up's fits too (before, it planned the final fit and 100 steady ones: 101 of 350)
        var trainTime = plan.Stages.Single(s => s.Stage == "train-time");
        Assert.Equal(technique.Fits, trainTime.Fits);
        Assert.Equal(technique.Fits * 0.001, trainTime.Seconds, 6);
        Assert.Contains("of them while the fits warm up", trainTime.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_incremental_stage_is_planned_with_its_warm_up_and_its_retrain_fits()
    {
        // Given an incremental technique whose fits take 1 ms and updates 0.1 ms, measured for incremental learning
        // under leave-one-out (no fold is the size of the held-out part, so the retrain fits are the stage's own)
        var study = new ProtocolSpec { Qualities = ["incremental"], LeaveOneOut = true };
        var planning = new FakeMachine();
        var plan = planning.Engine(study).Plan("counting", new CountingIncrementalTechnique(planning, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(0.1)), ToyData.Binary(), null, null, CancellationToken.None);
        var measuring = new FakeMachine();
        var technique = new CountingIncrementalTechnique(measuring, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(0.1));

        // When it is measured
        var result = measuring.Engine(study).Measure("counting", technique, new Dictionary<string, string>(), ToyData.Binary(), null, CancellationToken.None);

        // Then the plan's estimate of the stage is within a factor of 2 of what it took (before, it planned its 2 fits: 2 ms)
        var planned = plan.Stages.Single(s => s.Stage == "incremental").Seconds;
        var took = result.MeasurementSeconds["incremental"];
        Assert.InRange(planned, took / 2, took * 2);
    }
}
