using Tradeoff.Core.Qualities;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Tests.Fakes;
using Tradeoff.Testing;

namespace Tradeoff.Measurement.Tests.Engine;

/// <summary>
/// With a test set, protocol II's one held-out part is the final fit itself (all training rows, the same seed), not a
/// second fit that would repeat it (issue 21, a plan that shares work).
/// </summary>
public sealed class SharedFinalFitTests
{
    private static readonly ProtocolSpec Study = new() { Seed = 42, Qualities = ["accuracy", "robustness.noise-0.1"] };

    [Fact]
    public void The_held_out_part_of_a_test_set_is_the_final_fit_and_scores_as_a_separate_fit_with_its_seed_would()
    {
        // Given a technique whose every answer depends on its fit seed, and a test set
        var machine = new FakeMachine();
        var shaky = new ShakyTechnique(0.3);
        var train = ToyData.Binary(120, 1);
        var test = ToyData.Binary(60, 9);

        // When it is measured
        var result = machine.Engine(Study).Measure("shaky", shaky, new Dictionary<string, string>(), train, test, CancellationToken.None);

        // Then the part's seed was fitted on all training rows once (the final fit), not again for protocol II
        var partSeed = Seeds.Derive(42, 4);
        Assert.Equal(1, shaky.FitSeeds.Count(s => s == partSeed));

        // And robustness's clean score is that of a separate fit with the part's seed on the test set, which is the accuracy
        using var separate = new ShakyTechnique(0.3).Fit(train, new Core.Techniques.FitContext { Seed = partSeed });
        var expected = Scoring.Score(test, AccuracyProbe.Predict(separate, test));
        var clean = result.Qualities[QualityIds.RobustnessNoise01].Details!["clean"];
        Assert.Equal(expected, clean, 12);
        Assert.Equal(result.Qualities[QualityIds.Accuracy].Value, clean, 12);
    }
}
