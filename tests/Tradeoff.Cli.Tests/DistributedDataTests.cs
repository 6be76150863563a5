using Tradeoff.Testing;

namespace Tradeoff.Cli.Tests;

/// <summary>
/// <c>run --distributed</c> of studies whose files are more than one data file each: IDX data (each file read with its
/// partner beside it) and a brought ONNX model in a folder of the study's. A worker is sent them all and the results
/// equal a run on one machine.
/// </summary>
public sealed class DistributedDataTests : IClassFixture<TestPostgres>, IDisposable
{
    private readonly DistributedCluster _cluster;

    public DistributedDataTests(TestPostgres database) => _cluster = new DistributedCluster(database);

    [Fact]
    public async Task Should_equal_a_local_run_When_the_study_reads_idx_data()
    {
        // Given a study of tiny IDX files (training raw, test gzip) in a folder whose name says fashion, as the loader reads
        var data = Path.Combine(_cluster.Folder, "fashion-sample");
        IdxFiles.WritePair(data, "train", 45, seed: 1);
        IdxFiles.WritePair(data, "t10k", 15, seed: 2, gzip: true);
        var study = _cluster.WriteStudyText("""
            name: Distributed IDX
            data: { train: fashion-sample/train-images-idx3-ubyte, test: fashion-sample/t10k-images-idx3-ubyte.gz, target: label }
            techniques: [baseline, naive-bayes, decision-tree]
            protocol: { folds: 3, seed: 7, latency-samples: 200 }
            """);

        // When it runs distributed on a worker
        var distributed = await RunDistributedAsync(study);

        // Then every quality that is not timed equals, value by value, that of the same study run on one machine
        DistributedCluster.AssertSameUntimedQualities(await _cluster.LocalRunAsync(study), distributed);
    }

    [Fact]
    public async Task Should_equal_a_local_run_When_the_study_brings_an_onnx_model()
    {
        // Given the bring-your-own example's data and its shipped ONNX model, in a folder of the study's
        foreach (var file in (string[])["train.csv", "test.csv", "models/logistic.onnx"])
        {
            var copy = Path.Combine(_cluster.Folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(Paths.Examples(Path.Combine("bring-your-own", file)), copy);
        }

        var study = _cluster.WriteStudyText("""
            name: Distributed brought model
            data: { train: train.csv, test: test.csv, target: class, positive: tested_positive }
            techniques: [baseline, { id: shipped-logistic, onnx: models/logistic.onnx }]
            protocol: { folds: 3, seed: 7, latency-samples: 200 }
            """);

        // When it runs distributed on a worker
        var distributed = await RunDistributedAsync(study);

        // Then the brought model was measured, and every quality that is not timed equals that of a run on one machine
        Assert.Contains("\"shipped-logistic\"", distributed, StringComparison.Ordinal);
        DistributedCluster.AssertSameUntimedQualities(await _cluster.LocalRunAsync(study), distributed);
    }

    // Runs the study distributed on one worker; returns its results document.
    private async Task<string> RunDistributedAsync(string study)
    {
        await _cluster.StartWorkerAsync([]);
        var kept = Path.Combine(_cluster.Folder, "distributed.json");
        var coordinator = _cluster.Start(["run", study, "--store", _cluster.Location, "--distributed", "--json", kept]);
        var exitCode = await coordinator.ExitAsync();
        Assert.True(exitCode == 0, coordinator.Text);
        return await File.ReadAllTextAsync(kept);
    }

    public void Dispose() => _cluster.Dispose();
}
