namespace Tradeoff.Core.Tests.Studies;

public sealed class StudyReaderInconclusiveTests
{
    private const string Head = "name: s\ndata: { train: a.csv }\n";

    [Fact]
    public void Should_keep_inconclusive_candidates_When_the_study_says_nothing()
    {
        Assert.False(StudyFixture.Parse(Head).EliminateInconclusive);
        Assert.False(StudyFixture.Parse(Head + "inconclusive: keep\n").EliminateInconclusive);
    }

    [Fact]
    public void Should_eliminate_inconclusive_candidates_When_the_study_asks_for_it()
    {
        Assert.True(StudyFixture.Parse(Head + "inconclusive: eliminate\n").EliminateInconclusive);
    }

    [Fact]
    public void Should_point_at_the_value_When_the_policy_is_unknown()
    {
        Assert.Equal("3:15: inconclusive is 'drop'; expected keep or eliminate", StudyFixture.Problem(Head + "inconclusive: drop\n"));
    }
}
