using Tradeoff.Core;
using Tradeoff.Distributed;
using Tradeoff.Runs;
using Tradeoff.Testing;

namespace Tradeoff.Cli.Tests;

/// <summary>
/// The files of a distributed run's study on their way to a worker: uploaded by the coordinator with the hashes the
/// run loaded, placed by the worker where the loader finds them (an IDX file's partner beside it, fashion-mnist's four
/// files in one folder), on a team store (<see cref="TestPostgres"/>).
/// </summary>
public sealed class DistributedFilesTests : IClassFixture<TestPostgres>, IDisposable
{
    private readonly DataBlobs _blobs;
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-sent-").FullName;

    public DistributedFilesTests(TestPostgres database)
    {
        // The storage creates the job tables, the blobs among them.
        _ = JobEngine.Storage(database.Location, TimeSpan.FromSeconds(5));
        _blobs = new DataBlobs(database.Location);
    }

    private string Coordinator => Path.Combine(_folder, "coordinator");

    private string Worker => Path.Combine(_folder, "worker");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Should_place_an_idx_file_beside_its_partner_under_their_names_When_a_worker_takes_the_files()
    {
        // Given a study of IDX data whose files the coordinator uploaded
        IdxFiles.WritePair(Path.Combine(Coordinator, "data"), "train", 12, seed: 1, gzip: true);
        var study = WriteStudy("data: { train: data/train-images-idx3-ubyte.gz, target: label }");
        var data = StudyData.Load(study);
        var files = RunFiles.Upload(_blobs, study, data, Loaded(data));

        // When a worker places them
        var local = new WorkerFiles(_blobs, Worker).Place(files);

        // Then the images file and its labels file lie side by side in the worker's folder, named as on the coordinator
        Assert.Equal(["train", "train-labels"], local.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Path.GetDirectoryName(local["train"]), Path.GetDirectoryName(local["train-labels"]));
        Assert.StartsWith(Worker + Path.DirectorySeparatorChar, local["train"], StringComparison.Ordinal);
        Assert.Equal(("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"), (Path.GetFileName(local["train"]), Path.GetFileName(local["train-labels"])));
        Assert.All(data.Files, file => Assert.Equal(File.ReadAllBytes(file.Value), File.ReadAllBytes(local[file.Key])));
    }

    [Fact]
    public void Should_refuse_to_send_an_idx_partner_that_changed_after_the_run_loaded_it()
    {
        // Given a run that loaded IDX data, whose labels file then changes
        IdxFiles.WritePair(Coordinator, "train", 12, seed: 1);
        var study = WriteStudy("data: { train: train-images-idx3-ubyte, target: label }");
        var data = StudyData.Load(study);
        var loaded = Loaded(data);
        var labels = Path.Combine(Coordinator, "train-labels-idx1-ubyte");
        File.WriteAllBytes(labels, IdxFiles.Labels([.. Enumerable.Repeat((byte)0, 12)]));

        // When the coordinator uploads the files
        var error = Assert.Throws<InputException>(() => RunFiles.Upload(_blobs, study, data, loaded));

        // Then it refuses, naming the file that changed
        Assert.StartsWith(labels + ": the file changed while the run started", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_read_fashion_mnist_from_the_workers_copies_of_its_four_files()
    {
        // Given a fashion-mnist study whose four files (tiny ones, in a folder of their own) the coordinator uploaded
        var fashion = Path.Combine(_folder, "fashion-mnist");
        IdxFiles.WritePair(fashion, "train", 30, seed: 1, gzip: true);
        IdxFiles.WritePair(fashion, "t10k", 9, seed: 2, gzip: true);
        var study = WriteStudy("data: { train: fashion-mnist, target: label }");
        var data = StudyData.Load(study, fashion);
        var order = new MeasureOrder("r0001", "baseline", _blobs.Upload(File.ReadAllBytes(study.File!)), RunFiles.Upload(_blobs, study, data, Loaded(data)), Quick: false, KeepModels: false, RunJournal.ToolVersion);

        // When a worker takes the job's study and loads its data
        var taken = WorkerStudy.Of(order, new WorkerFiles(_blobs, Worker), TechniqueCatalogs.Default);
        var copies = StudyData.Load(taken.Study, taken.FashionMnistFolder);

        // Then it reads the same four files, copied into its own folder, and the same images
        Assert.StartsWith(Worker + Path.DirectorySeparatorChar, taken.FashionMnistFolder, StringComparison.Ordinal);
        Assert.Equal(Hashes(data), Hashes(copies));
        Assert.Equal(4, Hashes(copies).Count);
        Assert.Equal((30, 9), (copies.Train.RowCount, copies.Test!.RowCount));
    }

    [Theory]
    [InlineData("data/train.csv")]
    [InlineData("/../../etc/train.csv")]
    public void Should_refuse_a_file_whose_path_would_lead_out_of_the_workers_folder(string path)
    {
        // Given a job that names a file by a path that is not full, or that climbs out of any folder
        DataBlob[] files = [new("train", _blobs.Upload("a,b\n1,2\n"u8.ToArray()), path)];

        // When a worker places it
        var error = Assert.Throws<InputException>(() => new WorkerFiles(_blobs, Worker).Place(files));

        // Then it refuses, naming the path, and writes nothing
        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Worker));
    }

    private Core.Studies.Study WriteStudy(string data)
    {
        Directory.CreateDirectory(Coordinator);
        var path = Path.Combine(Coordinator, "study.yaml");
        File.WriteAllText(path, $"name: Sent\n{data}\ntechniques: [baseline]\n");
        return StudyFiles.Read(path, TechniqueCatalogs.Default);
    }

    // The environment of a run that loaded data: the hashes of its files as they were.
    private static Core.Results.EnvironmentInfo Loaded(StudyData data) => TestMachine.Environment() with { DataSha256 = Hashes(data) };

    private static Dictionary<string, string> Hashes(StudyData data) => data.Files.ToDictionary(f => f.Key, f => ContentHash.OfFile(f.Value), StringComparer.Ordinal);
}
