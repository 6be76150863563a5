namespace Tradeoff.Cli.Tests;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Should_print_the_weather_tree_as_rules_a_person_can_check_When_given_the_study()
    {
        var run = CliHarness.Run("explain", Paths.Examples("weather/study.yaml"), "decision-tree");

        Assert.True(run.ExitCode == 0, run.ErrorOutput);
        Assert.Contains("Rules:", run.Output, StringComparison.Ordinal);
        // On the lecture's table every sunny day with high humidity is a "no": a person checks that rule against the rows.
        Assert.Contains("Outlook = sunny", run.Output, StringComparison.Ordinal);
        Assert.Contains("THEN Play = no", run.Output, StringComparison.Ordinal);
        Assert.Contains("THEN Play = yes", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_suggest_a_name_When_the_technique_is_not_in_the_study()
    {
        var run = CliHarness.Run("explain", Paths.Examples("weather/study.yaml"), "decision-tre");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("did you mean 'decision-tree'", run.ErrorOutput, StringComparison.Ordinal);
    }
}
