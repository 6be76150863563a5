using Tradeoff.Core.Studies;

namespace Tradeoff.Core.Tests.Studies;

public sealed class StudyReaderQualityScalesTests
{
    private const string Head = "name: s\ndata: { train: a.csv }\n";

    [Fact]
    public void Should_read_each_range_in_the_catalog_unit_with_the_units_constraints_accept()
    {
        var study = StudyFixture.Parse(Head + "scales: { latency.p99: [1us, 10ms], accuracy: [0.7, 95%], model-size: [1KB, 2 GB], train-time: [0.5, 60] }\n");

        Assert.Equal(new QualityScaleSpec(1, 10_000), study.QualityScales["latency.p99"]);
        Assert.Equal(new QualityScaleSpec(0.7, 0.95), study.QualityScales["accuracy"]);
        Assert.Equal(new QualityScaleSpec(1e3, 2e9), study.QualityScales["model-size"]);
        Assert.Equal(new QualityScaleSpec(0.5, 60), study.QualityScales["train-time"]);
    }

    [Fact]
    public void Should_have_no_scales_When_the_study_sets_none()
    {
        Assert.Empty(StudyFixture.Parse(Head).QualityScales);
    }

    [Theory]
    [InlineData("scales: { acuracy: [0.7, 0.9] }\n", "3:11: unknown quality 'acuracy' in scales; did you mean 'accuracy'?")]
    [InlineData("scales: { importance: [0, 1] }\n", "3:11: quality 'importance' has no better direction, so it has no scale")]
    [InlineData("scales: { latency.p99: 10ms }\n", "3:24: 'scales.latency.p99' must be a list of the two ends of the range, lower first, such as [1us, 10ms]")]
    [InlineData("scales: { latency.p99: [1us, 5ms, 10ms] }\n", "3:24: 'scales.latency.p99' must be a list of the two ends of the range, lower first, such as [1us, 10ms]")]
    [InlineData("scales: { latency.p99: [10ms, 1us] }\n", "3:24: 'scales.latency.p99' must go from the lower end to the higher, two different values; found [10000, 1] in us")]
    [InlineData("scales: { latency.p99: [0us, 1ms] }\n", "3:25: 'scales.latency.p99' is a logarithmic scale, so its ends must be above 0; found 0")]
    [InlineData("scales: { model-size: [1kb, 1MB] }\n", "3:24: 'scales.model-size': unknown unit 'kb'; did you mean 'KB'?; known: ns, us, µs, ms, s, B, KB, MB, GB, %, rows/s, J, g")]
    [InlineData("scales: { accuracy: [70, 0.95] }\n", "3:22: 'scales.accuracy': accuracy is a fraction: write 0.7 or 70%")]
    [InlineData("scales: { accuracy: [0.5ms, 0.9] }\n", "3:22: 'scales.accuracy': unit 'ms' does not fit accuracy, measured in fraction; use a plain number or %")]
    [InlineData("scales: { accuracy: [low, 0.9] }\n", "3:22: 'scales.accuracy' has 'low', not a number with an optional unit such as 10ms or 0.7")]
    [InlineData("scales: [accuracy]\n", "3:9: 'scales' must be a map from quality to its range such as { latency.p99: [1us, 10ms], accuracy: [0.7, 0.95] }")]
    public void Should_point_at_the_place_When_a_scale_is_wrong(string yaml, string problem)
    {
        Assert.Equal(problem, StudyFixture.Problem(Head + yaml));
    }

    [Fact]
    public void Should_report_every_bad_scale_at_once()
    {
        Assert.Equal(
            ["3:11: unknown quality 'acuracy' in scales; did you mean 'accuracy'?", "3:45: 'scales.model-size': unknown unit 'kb'; did you mean 'KB'?; known: ns, us, µs, ms, s, B, KB, MB, GB, %, rows/s, J, g"],
            StudyFixture.Problems(Head + "scales: { acuracy: [0.7, 0.9], model-size: [1kb, 1MB] }\n"));
    }
}
