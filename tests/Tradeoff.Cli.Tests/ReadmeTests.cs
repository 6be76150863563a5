using System.Text.RegularExpressions;

namespace Tradeoff.Cli.Tests;

/// <summary>The README's commands are executed, so the README cannot rot.</summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public void The_main_command_of_the_README_runs_and_recommends_a_technique()
    {
        var readme = File.ReadAllText(Path.Combine(Paths.Root, "README.md"));
        var command = RunCommand().Match(readme);
        Assert.True(command.Success, "the README shows no 'dotnet run --project src/Tradeoff.Cli -c Release -- run ...' command");
        var args = command.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.StartsWith("examples/", StringComparison.Ordinal) ? Path.Combine(Paths.Root, a) : a)
            .ToList();
        var store = Path.Combine(Path.GetTempPath(), "tradeoff-readme-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            var run = CliHarness.Run([.. args, "--store", store]);

            Assert.True(run.ExitCode == 0, run.ErrorOutput);
            Assert.Contains("Recommended:", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(store) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public void The_test_command_of_the_README_is_the_one_CI_runs()
    {
        var readme = File.ReadAllText(Path.Combine(Paths.Root, "README.md"));
        var ci = File.ReadAllText(Path.Combine(Paths.Root, ".ci", "run"));

        var script = File.ReadAllText(Path.Combine(Paths.Root, "scripts", "test.sh"));

        Assert.Contains("```\nbash scripts/test.sh\n```", readme.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("bash scripts/test.sh", ci, StringComparison.Ordinal);
        Assert.Contains("bash scripts/setup.sh", script, StringComparison.Ordinal);
        Assert.Contains("dotnet test Tradeoff.slnx -c Release", script, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"dotnet run --project src/Tradeoff\.Cli -c Release -- (?<args>run [^\r\n`]+)")]
    private static partial Regex RunCommand();
}
