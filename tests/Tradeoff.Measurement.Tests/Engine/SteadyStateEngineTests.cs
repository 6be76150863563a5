using Tradeoff.Core.Data;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Tests.Fakes;

namespace Tradeoff.Measurement.Tests.Engine;

/// <summary>The findings on timed qualities, each reproduced on fakes.</summary>
public sealed class SteadyStateEngineTests
{
    private static readonly Dictionary<string, string> NoSettings = [];

    [Fact]
    public void Energy_and_cost_per_prediction_count_the_model_s_work_and_not_the_clock_reads_of_the_latency_probe()
    {
        // Given a model whose prediction costs 10 us of CPU and a clock whose every read costs 5 us of CPU
        var machine = new FakeMachine();
        var context = machine.Context with { Time = new CostlyClock(machine, TimeSpan.FromMicroseconds(5)) };
        var technique = new CostPerRowTechnique(machine, TimeSpan.FromMicroseconds(10));
        var engine = new MeasurementEngine(new ProtocolSpec { Qualities = ["energy.predict", "cost.predict"] }, context, progress: null);

        // When energy and cost per prediction are measured
        var result = engine.Measure("costly", technique, NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);

        // Then they rest on the 10 us of the model (the latency calls, two clock reads each, would give 20 us); a
        // round's two reads spread over its 2,000 calls add 0.1%: 1e-5 s x 10 W x 1,000 predictions, 1e-5 s x 1e6 / 3,600 x 0.05 USD
        var energy = result.Qualities["energy.predict"];
        Assert.Equal(0.1, energy.Value, 0.001);
        Assert.Contains("no clock read inside", energy.Protocol, StringComparison.Ordinal);
        Assert.Equal(1e-5 * 1e6 / 3600 * 0.05, result.Qualities["cost.predict"].Value, 1e-6);
    }

    [Fact]
    public void A_first_update_that_pays_for_the_jit_is_not_the_update_time()
    {
        // Given an incremental technique whose first update takes 2.5 s (compiling) and every later one 0.25 s
        var machine = new FakeMachine();
        var technique = new CountingIncrementalTechnique(machine, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(0.25)) { FirstUpdate = TimeSpan.FromSeconds(2.5) };

        var result = machine.Engine(new ProtocolSpec { Qualities = ["incremental.update-time"] })
            .Measure("counting", Core.Features.FeaturizedTechnique.Wrap(technique), NoSettings, TestData.Classes(60, 40), null, CancellationToken.None);

        // Then the update time is the warm median, not the one cold update the probe used to time
        Assert.Equal(0.25, result.Qualities["incremental.update-time"].Value, 9);
    }

    [Fact]
    public void Fits_of_a_technique_that_never_stops_compiling_count_past_the_settle_time_once_they_agree()
    {
        // Given fits of 0.1 s each, every one compiling a different number of methods (code generated per fit)
        var machine = new FakeMachine();
        var technique = new CompilingTechnique(machine, TimeSpan.FromSeconds(0.1));

        var result = machine.Engine(new ProtocolSpec { Qualities = ["train-time"] }).Measure("compiling", technique, NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);

        // Then the 10 fits that started in the first second are the warm-up, and the 5 that start from then on (each
        // agreeing with the two before it) are the figure, which says why
        var trainTime = result.Qualities["train-time"];
        Assert.Equal(0.1, trainTime.Value, 9);
        Assert.Equal(5, trainTime.SampleCount);
        Assert.Equal(10, trainTime.Details!["warm-up-fits"]);
        Assert.Contains("5 past the settle time while the technique kept compiling", trainTime.Protocol, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_fit_after_the_first_counts_when_compiling_took_less_than_one_percent_of_it()
    {
        // Given fits of 10 s whose first compiles 5,000 methods (5 s of compiling) and each later one 50 (50 ms): a
        // streak of equal fits never forms before the 5 s warm-up limit
        var machine = new FakeMachine();
        var technique = new CompilingTechnique(machine, TimeSpan.FromSeconds(10), fits => fits == 1 ? 5000 : 50 + fits);

        var result = machine.Engine(new ProtocolSpec { Qualities = ["train-time"] }).Measure("compiling", technique, NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);

        // Then the second fit, which spent 0.5% compiling, is the figure, and says why; the first was the warm-up
        var trainTime = result.Qualities["train-time"];
        Assert.Equal(10, trainTime.Value, 9);
        Assert.Equal(1, trainTime.SampleCount);
        Assert.Null(trainTime.Note);
        Assert.Contains("1 compiling for less than 1% of the fit", trainTime.Protocol, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_fits_that_compile_nothing_while_tiering_waits_are_still_the_warm_up()
    {
        // Given fits of 1 ms: the first compiles 100 methods, the next ones nothing while the call-counting delay runs,
        // then the 100th promotes 50 methods to optimized code: the fits before it ran unoptimized code
        var machine = new FakeMachine();
        var technique = new CompilingTechnique(machine, TimeSpan.FromMilliseconds(1), fits => fits switch { 1 => 100, 100 => 50, _ => 0 });

        var result = machine.Engine(new ProtocolSpec { Qualities = ["train-time"] }).Measure("compiling", technique, NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);

        // Then no fit counts until nothing has been compiled for 250 ms after the promotion (the 350th fit ends then)
        var trainTime = result.Qualities["train-time"];
        Assert.Equal(0.001, trainTime.Value, 9);
        Assert.Equal(349, trainTime.Details!["warm-up-fits"]);
        // (fits of 1 ms: 100 at steady state make the 0.1 s the figure rests on at least)
        Assert.Equal(100, trainTime.SampleCount);
        Assert.Contains("100 after the compiler settled", trainTime.Protocol, StringComparison.Ordinal);
    }

    [Fact]
    public void Memory_below_a_page_is_marked_below_the_resolution_never_zero_without_a_word()
    {
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(1), predict: TimeSpan.Zero, memory: 0);

        var result = machine.Engine(new ProtocolSpec { Qualities = ["train-memory", "inference-memory"] }).Measure("clock", technique, NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);

        foreach (var id in new[] { "train-memory", "inference-memory" })
        {
            var memory = result.Qualities[id];
            Assert.Equal(0, memory.Value);
            Assert.Equal(MemoryResolution.PageBytes, memory.Details!["resolution-bytes"]);
            Assert.Equal((0.0, (double)MemoryResolution.PageBytes), (memory.Lower!.Value, memory.Upper!.Value));
            Assert.StartsWith("below the resolution of resident memory", memory.Note, StringComparison.Ordinal);
        }
    }

    /// <summary>Predicts the class shares, each prediction costing fake CPU and time.</summary>
    private sealed class CostPerRowTechnique(FakeMachine machine, TimeSpan perRow) : ITechnique
    {
        public string Id => "costly";

        public TechniqueCapabilities Capabilities { get; } = new() { Tasks = new HashSet<TaskKind> { TaskKind.BinaryClassification }, HandlesCategorical = true, HandlesMissing = true };

        public IModel Fit(Dataset training, FitContext context)
        {
            var prior = MajorityTechnique.Prior(training);
            return new FakeModel(prior.Length, prior.Length, 64, (_, output) => prior.CopyTo(output), () =>
            {
                machine.Time.Advance(perRow);
                machine.Cpu.Advance(perRow);
            });
        }

        public IModel Load(Stream stream) => throw new NotSupportedException("not loaded in this test");
    }

    /// <summary>A majority technique whose every fit takes the same time and compiles methods (by default one more than the last).</summary>
    private sealed class CompilingTechnique(FakeMachine machine, TimeSpan fit, Func<int, int>? compiled = null) : ITechnique
    {
        private int _fits;

        public string Id => "compiling";

        public TechniqueCapabilities Capabilities { get; } = new() { Tasks = new HashSet<TaskKind> { TaskKind.BinaryClassification }, HandlesCategorical = true, HandlesMissing = true };

        public IModel Fit(Dataset training, FitContext context)
        {
            _fits++;
            machine.Jit.CompiledMethods += compiled?.Invoke(_fits) ?? _fits;
            machine.Time.Advance(fit);
            var prior = MajorityTechnique.Prior(training);
            return new FakeModel(prior.Length, prior.Length, 64, (_, output) => prior.CopyTo(output));
        }

        public IModel Load(Stream stream) => throw new NotSupportedException("not loaded in this test");
    }
}
