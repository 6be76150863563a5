using Tradeoff.Core.Studies;

namespace Tradeoff.Core.Tests.Studies;

public sealed class StudyReaderTuningTests
{
    private const string Head = "name: s\ndata: { train: a.csv }\n";

    [Fact]
    public void Should_not_tune_When_the_protocol_says_nothing_or_off()
    {
        Assert.Null(StudyFixture.Parse(Head).Protocol.Tuning);
        Assert.Null(StudyFixture.Parse(Head + "protocol: { tuning: off }\n").Protocol.Tuning);
    }

    [Fact]
    public void Should_use_the_defaults_When_tuning_is_an_empty_map()
    {
        var tuning = StudyFixture.Parse(Head + "protocol: { tuning: {} }\n").Protocol.Tuning;

        Assert.Equal(new TuningSpec(), tuning);
        Assert.Equal(20, tuning!.Trials);
        Assert.Equal(TuningStrategy.Random, tuning.Strategy);
        Assert.Equal(3, tuning.InnerFolds);
        Assert.Null(tuning.Budget);
        Assert.Equal(TuningCandidates.Chosen, tuning.Candidates);
    }

    [Fact]
    public void Should_read_every_key_When_all_are_given()
    {
        var tuning = StudyFixture.Parse(Head + "protocol:\n  tuning: { trials: 7, strategy: cost-frugal, inner-folds: 4, budget: 90s, metric: auc, candidates: frontier }\n").Protocol.Tuning!;

        Assert.Equal(7, tuning.Trials);
        Assert.Equal(TuningStrategy.CostFrugal, tuning.Strategy);
        Assert.Equal(4, tuning.InnerFolds);
        Assert.Equal(TimeSpan.FromSeconds(90), tuning.Budget);
        Assert.Equal("auc", tuning.Metric);
        Assert.Equal(TuningCandidates.Frontier, tuning.Candidates);
    }

    [Theory]
    [InlineData("{ strategy: grid }", "4:23: 'protocol.tuning.strategy' is 'grid'; expected one of: random, cost-frugal")]
    [InlineData("{ trials: 0 }", "4:21: 'protocol.tuning.trials' must be an integer of at least 1; found '0'")]
    [InlineData("{ inner-folds: 1 }", "4:26: 'protocol.tuning.inner-folds' must be an integer of at least 2; found '1'")]
    [InlineData("{ budget: soon }", "4:21: 'protocol.tuning.budget' must be a positive duration such as 500ms, 30s, 10m or 2h; found 'soon'")]
    [InlineData("{ candidates: all }", "4:25: 'protocol.tuning.candidates' is 'all'; expected one of: chosen, frontier")]
    [InlineData("{ trails: 5 }", "4:13: unknown key 'trails' in protocol.tuning; did you mean 'trials'?")]
    [InlineData("[20]", "4:11: 'protocol.tuning' must be a map such as { trials: 20, strategy: random }, or off")]
    public void Should_point_at_the_value_When_a_tuning_key_is_wrong(string value, string problem)
    {
        Assert.Equal(problem, StudyFixture.Problem(Head + "protocol:\n  tuning: " + value + "\n").Replace("\n", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_refuse_an_unknown_metric_with_a_suggestion()
    {
        Assert.StartsWith("4:21: unknown quality 'acuracy' in protocol.tuning.metric", StudyFixture.Problem(Head + "protocol:\n  tuning: { metric: acuracy }\n"), StringComparison.Ordinal);
    }
}
