using Tradeoff.Store;

namespace Tradeoff.Cli.Tests.Faults;

/// <summary>Two processes writing one store at once: both runs are kept whole, each under its own id (issue 16).</summary>
public sealed class SharedStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-shared-").FullName;

    [Fact]
    public async Task Should_keep_both_runs_whole_When_two_processes_write_one_store_at_once()
    {
        // Given two runs of different data started together on one store
        var store = Path.Combine(_folder, "team.db");
        string[] Run(string data) => ["run", "--data", Paths.Examples(data), "--techniques", "baseline,one-rule,naive-bayes", "--quick", "--store", store];
        var first = ChildRun.ToEndAsync(Run("weather/weather-seed.csv"));
        var second = ChildRun.ToEndAsync(Run("medical-risk/diabetes.arff"));
        var results = await Task.WhenAll(first, second);

        // Then both finish, and the store holds both runs, finished, with all their techniques
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Error));
        using var opened = SqliteRunStore.Open(store);
        var runs = opened.ListRuns();
        Assert.Equal(2, runs.Count);
        foreach (var summary in runs)
        {
            var run = opened.LoadRun(summary.Id)!;
            Assert.Equal(RunStatus.Finished, run.Status);
            Assert.Equal(3, run.Techniques.Count);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
