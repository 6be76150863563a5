using System.Diagnostics;

namespace Tradeoff.Cli.Tests.Faults;

/// <summary>SIGTERM stops a run as Ctrl+C does, and the hint to continue is the whole command (issue 16).</summary>
public sealed class SignalTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-signal-").FullName;

    [Fact]
    public async Task Should_stop_on_SIGTERM_keep_what_was_measured_and_give_the_full_command_to_continue()
    {
        // Given a run with its own store, sent SIGTERM once its second technique has started
        var store = Path.Combine(_folder, "my store.db");
        string[] run = ["run", "--data", Paths.Examples("credit-scoring/credit-g.arff"), "--techniques", "baseline,one-rule,naive-bayes", "--quick", "--store", store];
        var (exitCode, error) = await ChildRun.UntilAsync(run, line => line.Contains("[2/3]", StringComparison.Ordinal), Terminate);

        // Then it ends as interrupted, and the command it gives continues in the same store
        Assert.True(exitCode == 130, $"exit {exitCode}: {error}");
        var hint = $"continue with: tradeoff run --data {Paths.Examples("credit-scoring/credit-g.arff")} --techniques baseline,one-rule,naive-bayes --quick --store '{store}' --resume";
        Assert.Contains(hint, error, StringComparison.Ordinal);

        // And that command, run as given, finishes the run
        var (resumed, resumedError) = await ChildRun.ToEndAsync([.. run, "--resume"]);
        Assert.True(resumed == 0, resumedError);
        Assert.Contains("taken from the store", resumedError, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void Terminate(Process process)
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
