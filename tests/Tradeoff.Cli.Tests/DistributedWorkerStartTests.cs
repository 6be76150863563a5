using Tradeoff.Testing;

namespace Tradeoff.Cli.Tests;

/// <summary>Workers started at the same moment on a new database: one of them creates the job schemas, neither fails or warns.</summary>
public sealed class DistributedWorkerStartTests : IClassFixture<TestPostgres>, IDisposable
{
    private readonly DistributedCluster _cluster;

    public DistributedWorkerStartTests(TestPostgres database) => _cluster = new DistributedCluster(database);

    [Fact]
    public async Task Should_start_both_without_an_error_When_two_workers_start_together_on_a_new_database()
    {
        // Given a database without Hangfire's schema or Tradeoff's job tables
        string[] worker = ["worker", "--store", _cluster.Location, "--machine-class", "together"];

        // When two workers start at the same moment
        var first = _cluster.Start(worker);
        var second = _cluster.Start(worker);
        await first.WaitForAsync(line => line.Contains("measuring the jobs of", StringComparison.Ordinal));
        await second.WaitForAsync(line => line.Contains("measuring the jobs of", StringComparison.Ordinal));

        // Then each said only that it takes jobs: no schema error, warning or retry
        Assert.True(first.Lines.Count == 1, first.Text);
        Assert.True(second.Lines.Count == 1, second.Text);
    }

    public void Dispose() => _cluster.Dispose();
}
