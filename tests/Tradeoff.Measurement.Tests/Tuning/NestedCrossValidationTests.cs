using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Tests.Fakes;

namespace Tradeoff.Measurement.Tests.Tuning;

public sealed class NestedCrossValidationTests
{
    private const int Trials = 4;
    private const int InnerFolds = 2;
    private static readonly Dictionary<string, string> NoSettings = [];

    [Fact]
    public void Should_never_fit_on_an_outer_test_part_When_tuning_inside_cross_validation()
    {
        // Given a technique that records the rows of every fit, and a 3-fold protocol that tunes 4 trials by 2 inner folds
        var fits = new List<int[]>();
        var data = TuningData.Overlapping();
        var protocol = new ProtocolSpec { Folds = 3, Qualities = ["accuracy"], Tuning = new TuningSpec { Trials = Trials, InnerFolds = InnerFolds } };

        // When the tuned technique is measured
        var result = new FakeMachine().Engine(protocol).MeasureTuned("recording", RecordingTechnique.Descriptor(fits), NoSettings, "accuracy", null, data, null, CancellationToken.None);

        // Then the search on all rows comes first, then one search and one refit per outer fold,
        // each fitted only on rows of that fold's training part, the refit on all of them
        var outer = Splitter.Splits(data, ResolvedProtocol.Resolve(protocol, data, null));
        var perSearch = Trials * InnerFolds;
        Assert.Equal(perSearch + (outer.Count * (perSearch + 1)), fits.Count);
        for (var k = 0; k < outer.Count; k++)
        {
            var train = outer[k].Train.ToHashSet();
            var block = fits.Skip(perSearch + (k * (perSearch + 1))).Take(perSearch + 1).ToList();
            Assert.All(block, fit => Assert.Subset(train, fit.ToHashSet()));
            Assert.All(block, fit => Assert.DoesNotContain(fit, outer[k].Test.Contains));
            Assert.Equal(outer[k].Train.Order(), block[^1].Order());
        }

        Assert.Equal(outer.Count, result.Tuning!.NestedChoices.Count);
        Assert.StartsWith("nested", result.Qualities["accuracy"].Protocol, StringComparison.Ordinal);
        Assert.StartsWith("nested cross-validation", result.Tuning.Evaluation, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_fit_the_search_on_all_training_rows_and_score_on_the_test_set_When_there_is_one()
    {
        // Given a test set apart from the training rows
        var fits = new List<int[]>();
        var all = TuningData.Overlapping(80);
        var train = all.Subset([.. Enumerable.Range(0, 60)]);
        var test = all.Subset([.. Enumerable.Range(60, 20)]);
        var protocol = new ProtocolSpec { Qualities = ["accuracy"], Tuning = new TuningSpec { Trials = Trials, InnerFolds = InnerFolds } };

        // When the tuned technique is measured
        var result = new FakeMachine().Engine(protocol).MeasureTuned("recording", RecordingTechnique.Descriptor(fits), NoSettings, "accuracy", null, train, test, CancellationToken.None);

        // Then no fit ever saw a test row, and no nested search ran
        Assert.All(fits, fit => Assert.All(fit, id => Assert.InRange(id, 0, 59)));
        Assert.Empty(result.Tuning!.NestedChoices);
        Assert.Equal(0, result.Tuning.NestedSeconds);
        Assert.True(result.Qualities["accuracy"].IsAvailable);
    }
}
