using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Tests.Fakes;
using Tradeoff.Testing;

namespace Tradeoff.Measurement.Tests.Beyond;

public sealed class SharedFitsTests
{
    private static readonly string[] ProtocolTwo = ["importance", "robustness", "stability", "privacy", "data-needs"];

    [Fact]
    public void The_folds_kept_from_cross_validation_give_the_values_of_parts_fitted_apart_with_the_same_seeds()
    {
        // Given a technique whose every answer moves with its fit seed and training rows
        var shared = new ShakyTechnique(0.2);
        var apart = new ShakyTechnique(0.2);

        // When protocol II runs after cross-validation (its parts the kept folds) and without it (its parts fitted apart)
        var withFolds = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["accuracy", .. ProtocolTwo] })
            .Measure("shaky", shared, new Dictionary<string, string>(), ToyData.Binary(), null, CancellationToken.None);
        var alone = new FakeMachine().Engine(new ProtocolSpec { Qualities = ProtocolTwo })
            .Measure("shaky", apart, new Dictionary<string, string>(), ToyData.Binary(), null, CancellationToken.None);

        // Then every value is the same, and the parts were not fitted again: as many fits with their seeds, 3 fewer in all than the 10 folds add
        var ids = alone.Qualities.Keys.ToList();
        Assert.True(ids.Count >= 15, $"protocol II measured {ids.Count} qualities");
        foreach (var id in ids)
        {
            Assert.Equal(alone.Qualities[id].Value, withFolds.Qualities[id].Value);
            Assert.Equal(alone.Qualities[id].Samples, withFolds.Qualities[id].Samples);
            Assert.Equal(alone.Qualities[id].Protocol, withFolds.Qualities[id].Protocol);
        }

        var firstPart = Seeds.Derive(42, 2, 0, 0);
        Assert.Equal(apart.FitSeeds.Count(s => s == firstPart), shared.FitSeeds.Count(s => s == firstPart));
        Assert.Equal(apart.FitSeeds.Count + 10 - 3, shared.FitSeeds.Count);
    }
}
