using Tradeoff.Core.Qualities;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Tests.Fakes;

namespace Tradeoff.Measurement.Tests.Engine;

public sealed class RunMemoryTests
{
    private static readonly Dictionary<string, string> NoSettings = [];

    [Fact]
    public void Each_technique_has_its_share_of_the_peak_above_the_baseline_and_the_run_its_peak()
    {
        // Given a machine whose kernel keeps a high-water mark, 100 MB resident when measuring begins
        var machine = new FakeMachine();
        machine.Memory.KeepsPeak = true;
        var engine = machine.Engine(new ProtocolSpec { Qualities = [QualityIds.Accuracy, QualityIds.MeasurementMemory] });
        var heavy = machine.Clock(fit: TimeSpan.FromSeconds(1), predict: TimeSpan.Zero, memory: 300_000_000);
        var light = machine.Clock(fit: TimeSpan.FromSeconds(1), predict: TimeSpan.Zero, memory: 20_000_000);

        // When a technique whose fit keeps 300 MB is measured, its memory is released, then one whose fit keeps 20 MB
        var first = engine.Measure("heavy", heavy, NoSettings, TestData.Classes(30, 30), TestData.Classes(10, 10), CancellationToken.None);
        machine.Memory.Bytes = 100_000_000;
        var second = engine.Measure("light", light, NoSettings, TestData.Classes(30, 30), TestData.Classes(10, 10), CancellationToken.None);

        // Then each share is its own peak above the baseline (the first's peak does not count in the second's), and the
        // run's peak is the highest resident memory of all
        Assert.True(heavy.Fits >= 1);
        Assert.Equal(heavy.Fits * 300_000_000.0, first.Qualities[QualityIds.MeasurementMemory].Value);
        Assert.Equal(light.Fits * 20_000_000.0, second.Qualities[QualityIds.MeasurementMemory].Value);
        Assert.Equal("B", second.Qualities[QualityIds.MeasurementMemory].Unit);
        Assert.Equal(100_000_000 + (heavy.Fits * 300_000_000L), engine.PeakMemoryBytes);
    }

    [Fact]
    public void A_system_that_keeps_no_peak_gives_no_share_rather_than_a_wrong_one()
    {
        // Given a machine that says its resident memory but keeps no high-water mark
        var machine = new FakeMachine();
        var engine = machine.Engine(new ProtocolSpec { Qualities = [QualityIds.Accuracy, QualityIds.MeasurementMemory] });

        // When a technique is measured
        var result = engine.Measure("clock", machine.Clock(TimeSpan.FromSeconds(1), TimeSpan.Zero, memory: 5_000_000), NoSettings, TestData.Classes(30, 30), TestData.Classes(10, 10), CancellationToken.None);

        // Then neither the share nor the run's peak is made up
        Assert.DoesNotContain(QualityIds.MeasurementMemory, result.Qualities.Keys);
        Assert.Null(engine.PeakMemoryBytes);
    }
}
