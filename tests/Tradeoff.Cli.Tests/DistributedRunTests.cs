using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Tradeoff.Store;
using Tradeoff.Store.Postgres;
using Tradeoff.Testing;

namespace Tradeoff.Cli.Tests;

/// <summary>
/// <c>run --distributed</c> with two worker processes on a team store (<see cref="TestPostgres"/>): one worker is killed
/// (SIGKILL) in the middle of a job, the other takes the job, and the results equal a run on one machine.
/// </summary>
public sealed class DistributedRunTests : IClassFixture<TestPostgres>, IDisposable
{
    private static readonly string[] Techniques = ["baseline", "naive-bayes", "decision-tree"];

    // What is not timed: scores, counts and flags of protocol I and II, and the saved model's size.
    private static readonly HashSet<string> UntimedUnits = new(["fraction", "nats", "count", "flag", "rows", "target"], StringComparer.Ordinal);

    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-distributed-").FullName;
    private readonly TestPostgres _database;
    private readonly List<Process> _children = [];

    public DistributedRunTests(TestPostgres database) => _database = database;

    [Fact]
    public async Task Should_equal_a_local_run_When_a_worker_is_killed_in_the_middle_of_a_job()
    {
        // Given a study, two workers on the team store whose jobs come back 5 s after their worker dies
        var study = WriteStudy();
        string[] worker = ["worker", "--store", _database.Location, "--invisibility-timeout", "5s"];
        var first = await StartWorkerAsync(worker);
        var second = await StartWorkerAsync(worker);
        var secondSays = Collect(second);
        var kept = Path.Combine(_folder, "distributed.json");

        // When the study runs distributed and the first worker is killed as soon as it has begun measuring a job
        var coordinator = ChildRun.Start(["run", study, "--store", _database.Location, "--distributed", "--json", kept]);
        _children.Add(coordinator);
        var coordinatorSays = coordinator.StandardError.ReadToEndAsync();
        _ = coordinator.StandardOutput.ReadToEndAsync();
        var killed = await KillOnFirstJobAsync(first);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await coordinator.WaitForExitAsync(timeout.Token);
        second.Kill(entireProcessTree: true);
        await second.WaitForExitAsync(timeout.Token);

        // Then the other worker measured the killed job, and the run completed with every technique once
        Assert.True(coordinator.ExitCode == 0, await coordinatorSays);
        lock (secondSays)
        {
            Assert.Contains($"measuring {killed} of run", secondSays.ToString(), StringComparison.Ordinal);
        }

        using var store = PostgresRunStore.Open(_database.Location, mustExist: true);
        var stored = store.LoadRun(store.ResolveRunId("latest"))!;
        Assert.Equal(RunStatus.Finished, stored.Status);
        Assert.Equal(Techniques.Order(StringComparer.Ordinal), stored.Techniques.Select(t => t.Name).Order(StringComparer.Ordinal));

        // And every quality that is not timed equals, value by value, that of the same study run on one machine
        var local = Path.Combine(_folder, "local.json");
        var alone = CliHarness.Run("run", study, "--store", Path.Combine(_folder, "local.db"), "--json", local, "--quiet");
        Assert.True(alone.ExitCode == 0, alone.ErrorOutput);
        AssertSameUntimedQualities(await File.ReadAllTextAsync(local), await File.ReadAllTextAsync(kept));
    }

    public void Dispose()
    {
        // A failed assertion leaves no worker behind.
        foreach (var child in _children)
        {
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
            }

            child.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private string WriteStudy()
    {
        File.Copy(Path.Combine(Paths.Root, "tests", "data", "breast-cancer.arff"), Path.Combine(_folder, "breast-cancer.arff"));
        var study = Path.Combine(_folder, "study.yaml");
        File.WriteAllText(study, $$"""
            name: Distributed
            data: { train: breast-cancer.arff, target: Class }
            techniques: [{{string.Join(", ", Techniques)}}]
            protocol: { folds: 3, seed: 7, latency-samples: 200 }
            """);
        return study;
    }

    // Started one after the other: each says when it takes jobs (Hangfire prepares its schema at the first start).
    private async Task<Process> StartWorkerAsync(string[] args)
    {
        var process = ChildRun.Start(args);
        _children.Add(process);
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line && !line.Contains("measuring the jobs of", StringComparison.Ordinal))
        {
        }

        return process;
    }

    // The rest of what a worker says, read as it comes (a worker never ends by itself).
    private static StringBuilder Collect(Process worker)
    {
        var said = new StringBuilder();
        _ = Task.Run(async () =>
        {
            while (await worker.StandardError.ReadLineAsync() is { } line)
            {
                lock (said)
                {
                    said.AppendLine(line);
                }
            }
        });
        return said;
    }

    // Kills the worker (SIGKILL, no chance to give its job back) once it says it measures a job; returns that job's technique.
    private static async Task<string> KillOnFirstJobAsync(Process worker)
    {
        const string Measuring = "worker: measuring ";
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await worker.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(Measuring, StringComparison.Ordinal))
            {
                worker.Kill(entireProcessTree: true);
                await worker.WaitForExitAsync(timeout.Token);
                return line[Measuring.Length..line.IndexOf(" of run", StringComparison.Ordinal)];
            }
        }

        throw new InvalidOperationException("the first worker ended before it took a job");
    }

    private static void AssertSameUntimedQualities(string localJson, string distributedJson)
    {
        using var local = JsonDocument.Parse(localJson);
        using var distributed = JsonDocument.Parse(distributedJson);
        var remote = distributed.RootElement.GetProperty("techniques").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!);
        var compared = 0;
        foreach (var technique in local.RootElement.GetProperty("techniques").EnumerateArray())
        {
            var name = technique.GetProperty("id").GetString()!;
            var theirs = remote[name].GetProperty("qualities");
            foreach (var quality in technique.GetProperty("qualities").EnumerateObject().Where(q => Untimed(q.Name, q.Value)))
            {
                Assert.True(theirs.TryGetProperty(quality.Name, out var other), $"{name}: {quality.Name} is missing from the distributed run");
                Assert.Equal(Figures(quality.Value), Figures(other));
                compared++;
            }
        }

        // Protocol I and II of three techniques: far more than the scores alone.
        Assert.True(compared > 60, $"only {compared} qualities compared");
    }

    private static bool Untimed(string id, JsonElement quality) =>
        id == "model-size" || UntimedUnits.Contains(quality.GetProperty("unit").GetString()!);

    // Everything of a value but the timings some details carry (an incremental update's seconds).
    private static string Figures(JsonElement quality) => string.Join("\n", quality.EnumerateObject().SelectMany(p => p.Name == "details"
        ? p.Value.EnumerateObject().Where(d => !d.Name.Contains("seconds", StringComparison.Ordinal)).Select(d => $"details.{d.Name}={d.Value.GetRawText()}")
        : [$"{p.Name}={p.Value.GetRawText()}"]));
}
