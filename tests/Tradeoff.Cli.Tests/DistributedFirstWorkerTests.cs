using Tradeoff.Testing;

namespace Tradeoff.Cli.Tests;

/// <summary>A study that names no machine class is measured on the class of the first worker that started.</summary>
public sealed class DistributedFirstWorkerTests : IClassFixture<TestPostgres>, IDisposable
{
    private readonly DistributedCluster _cluster;

    public DistributedFirstWorkerTests(TestPostgres database) => _cluster = new DistributedCluster(database);

    [Fact]
    public async Task Should_measure_every_technique_on_the_class_of_the_first_worker_When_the_study_names_none()
    {
        // Given a study without protocol.machine-class, a worker of class first, then one of class second
        var study = _cluster.WriteStudy();
        var first = await _cluster.StartWorkerAsync(["--machine-class", "first"]);
        var second = await _cluster.StartWorkerAsync(["--machine-class", "second"]);

        // When the study runs distributed
        var coordinator = _cluster.Start(["run", study, "--store", _cluster.Location, "--distributed"]);
        var exitCode = await coordinator.ExitAsync();

        // Then the first worker's class measured every technique
        Assert.True(exitCode == 0, coordinator.Text);
        Assert.Contains("for the workers of machine class first", coordinator.Text, StringComparison.Ordinal);
        Assert.Equal(DistributedCluster.Techniques.Order(StringComparer.Ordinal), DistributedCluster.Measuring(first).Order(StringComparer.Ordinal));
        Assert.Empty(DistributedCluster.Measuring(second));
    }

    public void Dispose() => _cluster.Dispose();
}
