namespace Tradeoff.Core.Tests.Studies;

/// <summary>Problems found before the study is looked at: the file and its YAML.</summary>
public sealed class StudyReaderSyntaxTests
{
    [Fact]
    public void Should_name_line_and_column_When_the_yaml_is_malformed()
    {
        var problem = StudyFixture.Problem("name: s\ndata:\n  train: a.csv\n target: class\n");

        Assert.StartsWith("4:2: invalid YAML: ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_point_near_the_unclosed_bracket_When_the_yaml_scanner_fails_without_a_place()
    {
        // YamlDotNet's scanner throws a bare InvalidOperationException for this one.
        var problem = StudyFixture.Problem("name: s\nobjectives: [accuracy, model-size\ndata: { train: a.csv }\n");

        Assert.Equal("2:14: invalid YAML from here on; is a bracket, brace or quote left open?", problem);
    }

    [Fact]
    public void Should_point_at_the_last_good_place_When_yamldotnet_fails_on_an_empty_complex_key()
    {
        Assert.Equal(
            "3:1: invalid YAML from here on; is a bracket, brace or quote left open?",
            StudyFixture.Problem("name: s\ndata: { train: a.csv }\n?\t:"));
    }

    [Fact]
    public void Should_report_a_duplicate_key_with_its_line()
    {
        Assert.StartsWith("2:1: invalid YAML: ", StudyFixture.Problem("name: s\nname: t\ndata: { train: a.csv }\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_deep_nesting_When_a_file_would_overflow_the_loader()
    {
        var problem = StudyFixture.Problem("name: " + new string('[', 1_000));

        Assert.Contains("nesting is deeper than 32 levels", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nothing but a comment\n")]
    public void Should_say_the_study_is_empty_When_the_file_has_no_content(string yaml)
    {
        Assert.Equal("1:1: the study is empty; it needs at least 'name' and 'data: { train: FILE }'", StudyFixture.Problem(yaml));
    }

    [Fact]
    public void Should_refuse_a_study_that_is_not_a_map()
    {
        Assert.Equal("1:1: a study is a map of keys such as 'name:' and 'data:'", StudyFixture.Problem("- name\n- data\n"));
    }

    [Fact]
    public void Should_name_the_file_When_it_does_not_exist()
    {
        var error = Assert.Throws<FileFormatException>(() => Core.Studies.StudyReader.Read("no/such/study.yaml", StudyFixture.Context));

        Assert.Equal("no/such/study.yaml: no such study file", error.Message);
    }
}
