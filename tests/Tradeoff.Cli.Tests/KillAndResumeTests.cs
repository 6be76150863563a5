using System.Text.Json;
using Tradeoff.Core.Results;
using Tradeoff.Store;

namespace Tradeoff.Cli.Tests;

/// <summary>
/// A run killed with SIGKILL mid-way loses nothing that was finished: resuming measures only what is missing and
/// ends with complete results.
/// </summary>
public sealed class KillAndResumeTests : IDisposable
{
    private const string Techniques = "baseline,one-rule,naive-bayes,decision-tree,logistic-regression,random-forest";
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-resume-").FullName;

    [Fact]
    public async Task Should_measure_only_what_is_missing_When_a_killed_run_is_resumed()
    {
        var store = Path.Combine(_folder, "tradeoff.db");
        var json = Path.Combine(_folder, "results.json");
        string[] run = ["run", "--data", Paths.Examples("credit-scoring/credit-g.arff"), "--techniques", Techniques, "--quick", "--store", store];

        // Given a run killed (SIGKILL) once its third technique has started, so two are finished and stored
        await ChildRun.UntilAsync(run, line => line.Contains("[3/6]", StringComparison.Ordinal), p => p.Kill(entireProcessTree: true));
        var killed = ReadStore(store);
        // Its process is gone, so it no longer shows as running (issue 16: killed runs stayed "running" forever).
        Assert.Equal(RunStatus.Interrupted, killed.Status);
        Assert.Contains("interrupted", CliHarness.Run("runs", "--store", store).Output, StringComparison.Ordinal);
        var finished = killed.Techniques.Where(t => t.Status == TechniqueStatus.Measured).ToList();
        Assert.True(finished.Count >= 2, $"expected at least 2 finished techniques before the kill, found {finished.Count}");

        // When it is resumed
        var (exitCode, error) = await ChildRun.ToEndAsync([.. run, "--resume", "--json", json]);

        // Then the finished techniques were taken from the store, not measured again, and the results are complete
        Assert.True(exitCode == 0, error);
        var resumed = ReadStore(store);
        Assert.Equal(killed.Id, resumed.Id);
        Assert.Equal(RunStatus.Finished, resumed.Status);
        foreach (var before in finished)
        {
            var after = resumed.Techniques.Single(t => t.Name == before.Name);
            Assert.Equal(before.Qualities["train-time"].Samples, after.Qualities["train-time"].Samples);
        }

        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var ids = document.RootElement.GetProperty("techniques").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();
        Assert.Equal(Techniques.Split(','), ids);
        Assert.All(document.RootElement.GetProperty("techniques").EnumerateArray(), t => Assert.Equal("measured", t.GetProperty("status").GetString()));
        Assert.Contains($"{finished.Count} technique(s) taken from the store", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_second_resume_When_the_run_is_still_being_measured()
    {
        var store = Path.Combine(_folder, "tradeoff.db");
        string[] run = ["run", "--data", Paths.Examples("credit-scoring/credit-g.arff"), "--techniques", Techniques, "--quick", "--store", store];

        // Given a run that measures in another process, and has stored its first technique
        using var owner = ChildRun.Start(run);
        _ = owner.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await owner.StandardError.ReadLineAsync(timeout.Token) is { } line && !line.Contains("[2/6]", StringComparison.Ordinal))
        {
        }

        try
        {
            // When the same run is resumed meanwhile
            var second = CliHarness.Run([.. run, "--resume"]);

            // Then the resume is refused, naming the process that measures it, and the run stays that process's
            Assert.Equal(2, second.ExitCode);
            Assert.Contains($"is being measured by process {owner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)} on host", second.ErrorOutput.ReplaceLineEndings(string.Empty), StringComparison.Ordinal);
            var stored = ReadStore(store);
            Assert.Equal(RunStatus.Running, stored.Status);
            Assert.Equal(owner.Id, stored.Owner!.ProcessId);
        }
        finally
        {
            owner.Kill(entireProcessTree: true);
            await owner.WaitForExitAsync(timeout.Token);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static StoredRun ReadStore(string path)
    {
        using var store = SqliteRunStore.Open(path);
        return store.LoadRun(store.ResolveRunId("latest"))!;
    }
}
