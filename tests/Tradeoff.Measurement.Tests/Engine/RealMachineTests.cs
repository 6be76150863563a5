using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Energy;
using Tradeoff.Measurement.Tests.Fakes;

namespace Tradeoff.Measurement.Tests.Engine;

/// <summary>The public constructor on the real clocks and counters; values are only checked for sense, never for speed.</summary>
public sealed class RealMachineTests
{
    [Fact]
    public void The_public_engine_measures_on_the_real_machine_and_says_when_energy_is_estimated()
    {
        var engine = new MeasurementEngine(new ProtocolSpec { Folds = 3, LatencySamples = 200, LatencyTimeCap = TimeSpan.FromMilliseconds(50) }, TimeProvider.System);

        var result = engine.Measure("majority", new MajorityTechnique(), new Dictionary<string, string>(), TestData.Classes(30, 30), null, CancellationToken.None);

        Assert.Equal(TechniqueStatus.Measured, result.Status);
        Assert.True(result.Qualities["train-time"].Value >= 0);
        Assert.True(result.Qualities["train-memory"].Value >= 0);
        Assert.True(result.Qualities["latency.p50"].Value >= 0);
        var countersReadable = RaplReader.TryOpen("/sys/class/powercap", out _) is not null;
        Assert.Equal(!countersReadable, result.Qualities["energy.train"].Estimated);
        Assert.Equal(!countersReadable, engine.Warnings.Any(w => w.StartsWith("energy is estimated", StringComparison.Ordinal)));
    }
}
