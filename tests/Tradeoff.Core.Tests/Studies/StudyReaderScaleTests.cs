namespace Tradeoff.Core.Tests.Studies;

public sealed class StudyReaderScaleTests
{
    private const string Head = "name: s\ndata: { train: a.csv }\n";

    [Fact]
    public void Should_read_the_production_volume_When_scale_is_given()
    {
        var study = StudyFixture.Parse(Head + "scale: { rows: 10000000, predictions-per-day: 50_000_000 }\n");

        Assert.Equal(10_000_000, study.Scale!.Rows);
        Assert.Equal(50_000_000, study.Scale.PredictionsPerDay);
    }

    [Fact]
    public void Should_have_no_scale_When_the_study_states_none()
    {
        Assert.Null(StudyFixture.Parse(Head).Scale);
    }

    [Fact]
    public void Should_report_each_problem_of_a_bad_scale()
    {
        Assert.Equal(
            [
                "3:16: 'scale.rows' must be a whole number of at least 1; found '0'",
                "3:40: 'scale.predictions-per-day' must be a whole number of at least 0; found 'many'",
            ],
            StudyFixture.Problems(Head + "scale: { rows: 0, predictions-per-day: many }\n"));
        Assert.Equal("3:8: missing 'scale.predictions-per-day'", StudyFixture.Problem(Head + "scale: { rows: 5 }\n"));
        Assert.Equal("3:8: 'scale' must be a map such as { rows: 10000000, predictions-per-day: 50000000 }", StudyFixture.Problem(Head + "scale: 5\n"));
        Assert.Equal(
            ["3:8: missing 'scale.rows'", "3:10: unknown key 'row' in scale; did you mean 'rows'?"],
            StudyFixture.Problems(Head + "scale: { row: 5, predictions-per-day: 1 }\n"));
    }

    [Fact]
    public void Should_read_volumes_beyond_the_int_range()
    {
        Assert.Equal(20_000_000_000, StudyFixture.Parse(Head + "scale: { rows: 20000000000, predictions-per-day: 1 }\n").Scale!.Rows);
    }
}
