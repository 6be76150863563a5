using Tradeoff.Core.Studies;

namespace Tradeoff.Core.Tests.Studies;

public sealed class StudyReaderPrioritiesTests
{
    private const string Head = "name: s\ndata: { train: a.csv }\n";

    [Fact]
    public void Should_read_qualities_with_absolute_and_relative_tolerances()
    {
        var study = StudyFixture.Parse(Head + "priorities: [accuracy within 0.01, latency.p99 within 10%, model-size]\n");

        Assert.Equal(
            [new PrioritySpec("accuracy", 0.01), new PrioritySpec("latency.p99", 0.1, Relative: true), new PrioritySpec("model-size")],
            study.Priorities);
    }

    [Fact]
    public void Should_rank_by_weights_When_there_are_no_priorities()
    {
        Assert.Empty(StudyFixture.Parse(Head + "weights: { accuracy: 1 }\n").Priorities);
    }

    [Theory]
    [InlineData("priorities: [accuracy within]\n", "3:14: a priority is a quality with an optional tolerance such as 'accuracy within 0.01' or 'latency.p99 within 10%'; found 'accuracy within'")]
    [InlineData("priorities: [acuracy]\n", "3:14: unknown quality 'acuracy' in priorities; did you mean 'accuracy'?")]
    [InlineData("priorities: [accuracy, accuracy within 0.1]\n", "3:24: 'accuracy' is listed twice in priorities")]
    [InlineData("priorities: accuracy\n", "3:13: 'priorities' must be a list such as [accuracy within 0.01, latency.p99 within 10%, model-size]")]
    [InlineData("weights: { accuracy: 1 }\npriorities: [accuracy]\n", "4:13: a study ranks either by 'weights' (utility) or by 'priorities' (lexicographic), not both")]
    public void Should_point_at_the_place_When_a_priority_is_wrong(string yaml, string problem)
    {
        Assert.Equal(problem, StudyFixture.Problem(Head + yaml));
    }
}
