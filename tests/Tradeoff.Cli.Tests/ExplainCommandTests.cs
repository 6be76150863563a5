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

    [Fact]
    public void Should_show_the_data_s_control_characters_as_pictures_and_never_send_them_to_the_terminal()
    {
        // Given data whose column name holds a terminal escape (set the window title) and a value holding one (clear the screen)
        var folder = Directory.CreateTempSubdirectory("tradeoff-escape-").FullName;
        try
        {
            var name = "\u001b]0;pwned\u0007size";
            var rows = string.Concat(Enumerable.Range(0, 20).Select(i => $"{i % 7},{(i % 2 == 0 ? "\u001b[2Jred" : "blue")},{(i % 3 == 0 ? "yes" : "no")}\n"));
            File.WriteAllText(Path.Combine(folder, "data.csv"), $"\"{name}\",colour,label\n" + rows);
            File.WriteAllText(Path.Combine(folder, "study.yaml"), "name: escapes\ndata: { train: data.csv, target: label }\ntechniques: [naive-bayes]\n");

            // When the model is explained
            var run = CliHarness.Run("explain", Path.Combine(folder, "study.yaml"), "naive-bayes");

            // Then no control character reaches the console; each shows as its picture
            Assert.True(run.ExitCode == 0, run.ErrorOutput);
            Assert.DoesNotContain('\u001b', run.Output);
            Assert.DoesNotContain('\u0007', run.Output);
            Assert.Contains("\u241b]0;pwned\u2407size", run.Output, StringComparison.Ordinal);
            Assert.Contains("\u241b[2Jred", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
