using Tradeoff.Distributed;

namespace Tradeoff.Cli.Tests;

/// <summary>
/// A worker's copies of a run's files across its jobs: a copy it placed and verified is not read again for the next
/// job (Fashion-MNIST's 30 MB were hashed whole for every job), and a copy written since is verified again.
/// </summary>
public sealed class WorkerFilesTests : IDisposable
{
    private static readonly byte[] Content = "size,label\n1,small\n9,big\n"u8.ToArray();

    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-worker-files-").FullName;
    private readonly Dictionary<string, byte[]> _blobs = new(StringComparer.Ordinal) { [DataBlobs.Hash(Content)] = Content };
    private int _downloads;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Should_not_read_a_placed_copy_again_When_the_worker_takes_a_second_job_of_the_same_files()
    {
        // Given a worker that placed a file for one job, whose copy then has other bytes of the same length, its
        // last-write time put back (a change it can only see by reading the copy)
        var files = new WorkerFiles(Download, _folder);
        var copy = files.Place(Job())["train"];
        var written = File.GetLastWriteTimeUtc(copy);
        File.WriteAllBytes(copy, [.. Content.Select(b => (byte)'x')]);
        File.SetLastWriteTimeUtc(copy, written);

        // When it takes a second job of the same files
        files.Place(Job());

        // Then it trusts what it verified: the copy is not read (its bytes are not fetched again)
        Assert.Equal(1, _downloads);
        Assert.NotEqual(Content, File.ReadAllBytes(copy));
    }

    [Fact]
    public void Should_verify_a_copy_again_and_fetch_it_When_it_was_written_after_the_worker_placed_it()
    {
        // Given a worker that placed a file for one job, whose copy is then written over
        var files = new WorkerFiles(Download, _folder);
        var copy = files.Place(Job())["train"];
        File.WriteAllBytes(copy, "other bytes"u8.ToArray());
        File.SetLastWriteTimeUtc(copy, File.GetLastWriteTimeUtc(copy).AddSeconds(1));

        // When it takes a second job of the same files
        files.Place(Job());

        // Then the copy is verified again, found wrong, and fetched again
        Assert.Equal(2, _downloads);
        Assert.Equal(Content, File.ReadAllBytes(copy));
    }

    [Fact]
    public void Should_keep_a_right_copy_without_fetching_it_When_another_worker_placed_it()
    {
        // Given a copy placed by a worker that has since stopped
        new WorkerFiles(Download, _folder).Place(Job());

        // When a new worker takes a job of the same files
        var copy = new WorkerFiles(Download, _folder).Place(Job())["train"];

        // Then it reads the copy, finds it right, and does not fetch it
        Assert.Equal(1, _downloads);
        Assert.Equal(Content, File.ReadAllBytes(copy));
    }

    private static DataBlob[] Job() => [new("train", DataBlobs.Hash(Content), "/coordinator/data/train.csv")];

    private byte[] Download(string sha256)
    {
        _downloads++;
        return _blobs[sha256];
    }
}
