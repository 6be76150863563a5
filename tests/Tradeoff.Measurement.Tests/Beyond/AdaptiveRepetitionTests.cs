using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Tests.Fakes;
using Tradeoff.Testing;

namespace Tradeoff.Measurement.Tests.Beyond;

public sealed class AdaptiveRepetitionTests
{
    private static readonly Dictionary<string, string> NoSettings = [];

    private static readonly ProtocolSpec Repeating = new() { Qualities = ["stability.accuracy-spread", "stability.churn", "robustness.label-noise", "data-needs.accuracy-10"] };

    [Fact]
    public void A_quiet_quality_stops_at_the_minimum_and_its_protocol_line_says_how_many()
    {
        // Given a model that is the same whatever seed, rows or labels it is fitted on
        var result = new FakeMachine().Engine(Repeating).Measure("quiet", new ShakyTechnique(0), NoSettings, ToyData.Binary(), null, CancellationToken.None);

        // Then each repeating probe made its minimum and says so
        var spread = result.Qualities["stability.accuracy-spread"];
        Assert.Equal(3, spread.Details!["repetitions"]);
        Assert.Equal(0, spread.Value);
        Assert.Equal((0.0, 0.0), (spread.Lower!.Value, spread.Upper!.Value));
        Assert.Contains("3 fits with different seeds on the same training rows (the part's own fit and retrains) (3 to 10, stopped once", spread.Protocol, StringComparison.Ordinal);
        Assert.Equal(1, result.Qualities["robustness.label-noise"].Details!["repetitions"]);
        Assert.Contains("1 draw of the flipped labels per part (1 to 5, stopped once", result.Qualities["robustness.label-noise"].Protocol, StringComparison.Ordinal);
        Assert.Equal(1, result.Qualities["data-needs.accuracy-10"].Details!["repetitions"]);
        Assert.Contains("1 draw per part (1 to 4, stopped once", result.Qualities["data-needs.accuracy-10"].Protocol, StringComparison.Ordinal);
    }

    [Fact]
    public void A_noisy_quality_goes_on_to_the_maximum_and_its_protocol_line_says_so()
    {
        // Given a model whose answers move with every seed, subsample and flipped label
        var result = new FakeMachine().Engine(Repeating).Measure("noisy", new ShakyTechnique(0.3), NoSettings, ToyData.Binary(), null, CancellationToken.None);

        // Then each repeating probe went on to its maximum
        var spread = result.Qualities["stability.accuracy-spread"];
        Assert.Equal(10, spread.Details!["repetitions"]);
        Assert.Equal(30, spread.SampleCount);
        Assert.True(spread.Upper - spread.Lower > 0.02, "a spread of several points stays wider than the target at 10 seeds");
        Assert.Contains("10 fits with different seeds on the same training rows (the part's own fit and retrains) (the most the protocol allows: 3 to 10", spread.Protocol, StringComparison.Ordinal);
        Assert.Contains("45 pairs of 10 fits", result.Qualities["stability.churn"].Protocol, StringComparison.Ordinal);
        Assert.Equal(5, result.Qualities["robustness.label-noise"].Details!["repetitions"]);
        Assert.Contains("5 draws of the flipped labels per part (the most the protocol allows", result.Qualities["robustness.label-noise"].Protocol, StringComparison.Ordinal);
        Assert.Equal(4, result.Qualities["data-needs.accuracy-10"].Details!["repetitions"]);
        Assert.Equal(12, result.Qualities["data-needs.accuracy-10"].SampleCount);
    }

    [Fact]
    public void The_count_lies_between_the_bounds_the_protocol_states_and_is_the_same_for_a_seed()
    {
        // Given a target wide enough for a little noise, and narrow bounds
        var protocol = Repeating with { StabilityRepetition = new RepetitionSpec(2, 6, 0.05), LabelNoiseRepetition = new RepetitionSpec(2, 3, 0.5) };

        var first = new FakeMachine().Engine(protocol).Measure("shaky", new ShakyTechnique(0.05), NoSettings, ToyData.Binary(), null, CancellationToken.None);
        var second = new FakeMachine().Engine(protocol).Measure("shaky", new ShakyTechnique(0.05), NoSettings, ToyData.Binary(), null, CancellationToken.None);

        Assert.InRange(first.Qualities["stability.accuracy-spread"].Details!["repetitions"], 2, 6);
        Assert.Equal(2, first.Qualities["robustness.label-noise"].Details!["repetitions"]);
        foreach (var id in Repeating.Qualities)
        {
            Assert.Equal(first.Qualities[id].Value, second.Qualities[id].Value);
            Assert.Equal(first.Qualities[id].Protocol, second.Qualities[id].Protocol);
        }
    }
}
