using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Probes;
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

    [Fact]
    public void With_a_test_set_train_time_s_fits_are_stability_s_retrains_and_its_values_those_of_its_own_fits()
    {
        // Given a technique whose every answer moves with its fit seed, and a test set
        var shared = new ShakyTechnique(0.2);
        var apart = new ShakyTechnique(0.2);
        var train = ToyData.Binary();
        var test = ToyData.Binary(60, seed: 9);

        // When stability is measured with train-time (whose extra fits on all rows take stability's seeds) and alone
        var withTiming = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["train-time", "stability"] })
            .Measure("shaky", shared, new Dictionary<string, string>(), train, test, CancellationToken.None);
        var alone = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["stability"] })
            .Measure("shaky", apart, new Dictionary<string, string>(), train, test, CancellationToken.None);

        // Then stability's values are the same
        string[] ids = ["stability.accuracy-spread", "stability.churn", "stability.bootstrap-spread"];
        foreach (var id in ids)
        {
            Assert.Equal(alone.Qualities[id].Value, withTiming.Qualities[id].Value);
            Assert.Equal(alone.Qualities[id].Samples, withTiming.Qualities[id].Samples);
        }

        // And every retrain seed was fitted once: the timing fits made the first retrains, which stability did not repeat
        var retrains = (int)alone.Qualities["stability.accuracy-spread"].Details!["seeds"] - 1;
        var timing = (int)withTiming.Qualities["train-time"].Details!["fits"] - 1;
        var made = Math.Min(timing, retrains);
        Assert.True(made > 0, $"{timing} timing fits, {retrains} retrains");
        for (var s = 1; s <= retrains; s++)
        {
            var seed = StabilityProbe.RetrainSeed(42, 0, s);
            Assert.Equal(1, shared.FitSeeds.Count(f => f == seed));
            Assert.Equal(1, apart.FitSeeds.Count(f => f == seed));
        }

        Assert.Equal(apart.FitSeeds.Count + timing - made, shared.FitSeeds.Count);
    }
}
