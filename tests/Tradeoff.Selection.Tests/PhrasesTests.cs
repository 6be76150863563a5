namespace Tradeoff.Selection.Tests;

public sealed class PhrasesTests
{
    [Theory]
    [InlineData("train-time", 0.0021, "2.1 ms slower to train")]
    [InlineData("latency.p99", -400.0, "400 us faster at p99")]
    [InlineData("model-size", 2000.0, "2 KB larger model-size")]
    [InlineData("accuracy", 0.031, "+3.1 points of accuracy")]
    [InlineData("fairness.accuracy-gap", -0.02, "-2 points of fairness.accuracy-gap")]
    public void Should_word_a_change_by_the_kind_of_quality(string quality, double delta, string expected) =>
        Assert.Equal(expected, Phrases.Change(Core.Qualities.QualityCatalog.Find(quality)!, delta));
}
