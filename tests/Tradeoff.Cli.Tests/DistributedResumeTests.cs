using Hangfire;
using Tradeoff.Distributed;
using Tradeoff.Store;
using Tradeoff.Store.Postgres;
using Tradeoff.Testing;

namespace Tradeoff.Cli.Tests;

/// <summary>
/// A distributed run whose coordinator is killed: <c>run --distributed --resume</c> takes what was measured, follows the
/// jobs still in flight, enqueues those that are missing, and the results equal a run on one machine.
/// </summary>
public sealed class DistributedResumeTests : IClassFixture<TestPostgres>, IDisposable
{
    private readonly DistributedCluster _cluster;

    public DistributedResumeTests(TestPostgres database) => _cluster = new DistributedCluster(database);

    [Fact]
    public async Task Should_measure_each_technique_once_and_equal_a_local_run_When_the_coordinator_is_killed_and_the_run_resumed()
    {
        // Given a study and a worker whose job comes back 5 s after it dies
        var study = _cluster.WriteStudy();
        string[] options = ["--machine-class", "resume", "--invisibility-timeout", "5s"];
        var first = await _cluster.StartWorkerAsync(options);

        // When the coordinator (and the worker) are killed as the worker begins its second job
        var coordinator = _cluster.Start(["run", study, "--store", _cluster.Location, "--distributed"]);
        await first.WaitForAsync(line => line.StartsWith("worker: measuring ", StringComparison.Ordinal), skip: 1);
        coordinator.Process.Kill(entireProcessTree: true);
        first.Process.Kill(entireProcessTree: true);
        await coordinator.ExitAsync();
        await first.ExitAsync();
        var (done, inFlight) = (DistributedCluster.Measuring(first)[0], DistributedCluster.Measuring(first)[1]);

        // And the third job is lost from the queue, as if the coordinator had died before enqueuing it
        var missing = DistributedCluster.Techniques.Except([done, inFlight]).Single();
        string runId;
        using (var store = PostgresRunStore.Open(_cluster.Location, mustExist: true))
        {
            runId = store.ResolveRunId("latest");
        }

        if (new RunJobs(_cluster.Location).Jobs(runId).TryGetValue(missing, out var lost))
        {
            new BackgroundJobClient(JobEngine.Storage(_cluster.Location, TimeSpan.FromSeconds(5))).Delete(lost);
        }

        // And a worker of the same class starts in another environment (a thread setting that timings depend on)
        var second = await _cluster.StartWorkerAsync(options, new Dictionary<string, string> { ["OMP_DISPLAY_ENV"] = "FALSE" });
        var kept = Path.Combine(_cluster.Folder, "distributed.json");
        var resumed = _cluster.Start(["run", study, "--store", _cluster.Location, "--distributed", "--resume", "--json", kept]);
        var exitCode = await resumed.ExitAsync();

        // Then the job in flight was followed, the lost one enqueued again, and the technique measured before not again
        Assert.True(exitCode == 0, resumed.Text);
        Assert.Contains("1 job(s) enqueued, 1 followed from the run's earlier coordinator", resumed.Text, StringComparison.Ordinal);
        Assert.Equal(new[] { inFlight, missing }.Order(StringComparer.Ordinal), DistributedCluster.Measuring(second).Order(StringComparer.Ordinal));
        using (var store = PostgresRunStore.Open(_cluster.Location, mustExist: true))
        {
            var stored = store.LoadRun(runId)!;
            Assert.Equal(RunStatus.Finished, stored.Status);
            Assert.Equal(DistributedCluster.Techniques.Order(StringComparer.Ordinal), stored.Techniques.Select(t => t.Name).Order(StringComparer.Ordinal));
        }

        // And the report warns that the timings come from two environments, and nothing untimed differs from a local run
        var results = await File.ReadAllTextAsync(kept);
        Assert.Contains($"{done} (environment ", results, StringComparison.Ordinal);
        Assert.Contains("were measured in different environments", results, StringComparison.Ordinal);
        DistributedCluster.AssertSameUntimedQualities(await _cluster.LocalRunAsync(study), results);
    }

    public void Dispose() => _cluster.Dispose();
}
