using Tradeoff.Store.Postgres;
using Tradeoff.Testing;

namespace Tradeoff.Cli.Tests;

/// <summary>
/// Fair timing across machines: every job of a distributed run goes to the workers of one machine class, the one the
/// study names (<c>protocol.machine-class</c>); a worker of another class takes none of them.
/// </summary>
public sealed class DistributedMachineClassTests : IClassFixture<TestPostgres>, IDisposable
{
    private readonly DistributedCluster _cluster;

    public DistributedMachineClassTests(TestPostgres database) => _cluster = new DistributedCluster(database);

    [Fact]
    public async Task Should_measure_every_technique_on_the_workers_of_the_class_the_study_names_When_another_class_started_first()
    {
        // Given a study that names the machine class left, a worker of class right started first, then one of class left
        var study = _cluster.WriteStudy(", machine-class: left");
        var right = await _cluster.StartWorkerAsync(["--machine-class", "right"]);
        var left = await _cluster.StartWorkerAsync(["--machine-class", "left"]);

        // When the study runs distributed
        var coordinator = _cluster.Start(["run", study, "--store", _cluster.Location, "--distributed"]);
        var exitCode = await coordinator.ExitAsync();

        // Then the worker of class left measured every technique, the other none
        Assert.True(exitCode == 0, coordinator.Text);
        Assert.Contains("for the workers of machine class left", coordinator.Text, StringComparison.Ordinal);
        Assert.Equal(DistributedCluster.Techniques.Order(StringComparer.Ordinal), DistributedCluster.Measuring(left).Order(StringComparer.Ordinal));
        Assert.Empty(DistributedCluster.Measuring(right));

        // And every technique keeps the environment of that worker, the one environment of the run's timings
        using var store = PostgresRunStore.Open(_cluster.Location, mustExist: true);
        var stored = store.LoadRun(store.ResolveRunId("latest"))!;
        var fingerprints = stored.Techniques.Select(t => t.MeasuredIn!.EnvironmentFingerprint).Distinct(StringComparer.Ordinal).ToList();
        Assert.Single(fingerprints);
        Assert.Contains(fingerprints[0], stored.Environments.Keys);
        Assert.DoesNotContain("different environments", stored.DocumentJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_the_study_in_one_line_naming_its_place_When_its_machine_class_is_not_kebab_case()
    {
        // Given a study whose machine class is not a kebab-case name
        var study = _cluster.WriteStudy(", machine-class: Big Iron");

        // When it is run distributed
        var result = CliHarness.Run("run", study, "--store", _cluster.Location, "--distributed");

        // Then one line names the file, the place and the key, exit 2
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorOutput.Trim().Split('\n'));
        Assert.Contains("study.yaml:4:", line, StringComparison.Ordinal);
        Assert.Contains("'protocol.machine-class' must be a kebab-case name", line, StringComparison.Ordinal);
    }

    public void Dispose() => _cluster.Dispose();
}
