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
    private readonly DistributedCluster _cluster;

    public DistributedRunTests(TestPostgres database) => _cluster = new DistributedCluster(database);

    [Fact]
    public async Task Should_equal_a_local_run_When_a_worker_is_killed_in_the_middle_of_a_job()
    {
        // Given a study, two workers on the team store whose jobs come back 5 s after their worker dies
        var study = _cluster.WriteStudy();
        string[] worker = ["--invisibility-timeout", "5s"];
        var first = await _cluster.StartWorkerAsync(worker);
        var second = await _cluster.StartWorkerAsync(worker);
        var kept = Path.Combine(_cluster.Folder, "distributed.json");

        // When the study runs distributed and the first worker is killed as soon as it has begun measuring a job
        var coordinator = _cluster.Start(["run", study, "--store", _cluster.Location, "--distributed", "--json", kept]);
        await first.WaitForAsync(line => line.StartsWith("worker: measuring ", StringComparison.Ordinal));
        first.Process.Kill(entireProcessTree: true);
        var killed = DistributedCluster.Measuring(first)[0];
        var exitCode = await coordinator.ExitAsync();

        // Then the other worker measured the killed job, and the run completed with every technique once
        Assert.True(exitCode == 0, coordinator.Text);
        Assert.Contains(killed, DistributedCluster.Measuring(second));
        using var store = PostgresRunStore.Open(_cluster.Location, mustExist: true);
        var stored = store.LoadRun(store.ResolveRunId("latest"))!;
        Assert.Equal(RunStatus.Finished, stored.Status);
        Assert.Equal(DistributedCluster.Techniques.Order(StringComparer.Ordinal), stored.Techniques.Select(t => t.Name).Order(StringComparer.Ordinal));

        // And every quality that is not timed equals, value by value, that of the same study run on one machine
        DistributedCluster.AssertSameUntimedQualities(await _cluster.LocalRunAsync(study), await File.ReadAllTextAsync(kept));
    }

    public void Dispose() => _cluster.Dispose();
}
