namespace Tradeoff.Selection.Tests;

public sealed class QualityFormatTests
{
    [Theory]
    [InlineData(0.4, "us", "400 ns")]
    [InlineData(400.0, "us", "400 us")]
    [InlineData(1400.0, "us", "1.4 ms")]
    [InlineData(2500000.0, "us", "2.5 s")]
    [InlineData(0.0021, "s", "2.1 ms")]
    [InlineData(12.34, "s", "12.3 s")]
    [InlineData(999.0, "B", "999 B")]
    [InlineData(2000.0, "B", "2 KB")]
    [InlineData(2.35e6, "B", "2.35 MB")]
    [InlineData(3e9, "B", "3 GB")]
    [InlineData(0.8512, "fraction", "85.1%")]
    [InlineData(12345.0, "rows/s", "12,345 rows/s")]
    [InlineData(266610.0, "count", "266,610")]
    [InlineData(double.NaN, "us", "not measured")]
    public void Should_format_values_with_readable_prefixes(double value, string unit, string expected) =>
        Assert.Equal(expected, QualityFormat.Value(value, unit));

    [Theory]
    [InlineData(0.031, "3.1 points")]
    [InlineData(-0.01, "1 point")]
    public void Should_give_fraction_differences_in_points(double difference, string expected) =>
        Assert.Equal(expected, QualityFormat.Difference(difference, "fraction"));

    [Theory]
    [InlineData("train-time", 0.0021, "2.1 ms slower to train")]
    [InlineData("latency.p99", -400.0, "400 us faster at p99")]
    [InlineData("model-size", 2000.0, "2 KB larger model-size")]
    [InlineData("accuracy", 0.031, "+3.1 points of accuracy")]
    [InlineData("fairness.accuracy-gap", -0.02, "-2 points of fairness.accuracy-gap")]
    public void Should_word_a_change_by_the_kind_of_quality(string quality, double delta, string expected) =>
        Assert.Equal(expected, Phrases.Change(Core.Qualities.QualityCatalog.Find(quality)!, delta));
}
