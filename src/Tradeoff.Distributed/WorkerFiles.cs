using System.Collections.Concurrent;
using System.Text;
using Tradeoff.Core;
using Tradeoff.Core.IO;

namespace Tradeoff.Distributed;

/// <summary>
/// A worker's copies of the study files and the files of their data and brought models, in one temporary folder: a
/// file is downloaded once per machine however many jobs read it, and a copy whose bytes changed is fetched again.
/// One per worker, for its lifetime: a copy it has verified is not read again for the next job (Fashion-MNIST's 30 MB
/// would be hashed whole for every job) while its length and last-write time are those it had when verified.
/// </summary>
/// <param name="download">The bytes of a blob by its hash (<see cref="DataBlobs.Download"/>), checked against it.</param>
/// <param name="folder">The folder of the copies.</param>
internal sealed class WorkerFiles(Func<string, byte[]> download, string folder)
{
    // By path: a worker measures several jobs at once.
    private readonly ConcurrentDictionary<string, Verified> _verified = new(StringComparer.Ordinal);

    public WorkerFiles(DataBlobs blobs, string folder)
        : this(blobs.Download, folder)
    {
    }

    /// <summary>The default folder: tradeoff-worker in the system's temporary folder.</summary>
    public static string DefaultFolder => Path.Combine(Path.GetTempPath(), "tradeoff-worker");

    /// <summary>The local copy of the study file <paramref name="sha256"/>, named by its hash.</summary>
    public string Study(string sha256) => Copy(sha256, Path.Combine(folder, sha256 + ".yaml"));

    /// <summary>
    /// The local copies of <paramref name="files"/>, by role. They lie in a folder of their own, named by the hashes and
    /// paths of them all (jobs of other data never write there), each at its path on the coordinator: an IDX file's
    /// partner beside it under its own name, as the loader finds it, and every file name kept.
    /// </summary>
    /// <exception cref="InputException">A path is not a full path, or leads out of the folder.</exception>
    public IReadOnlyDictionary<string, string> Place(IReadOnlyList<DataBlob> files)
    {
        var key = DataBlobs.Hash(Encoding.UTF8.GetBytes(string.Join("\n", files.Select(f => $"{f.Sha256} {f.Path}").Order(StringComparer.Ordinal))));
        var root = Path.Combine(folder, key);
        return files.ToDictionary(f => f.Role, f => Copy(f.Sha256, Under(root, f.Path)), StringComparer.Ordinal);
    }

    private string Copy(string sha256, string path)
    {
        // Taken before the bytes are read: a copy written while they are read is verified again next time.
        var now = Verified.Of(sha256, path);
        if (now is { } current && _verified.TryGetValue(path, out var verified) && verified == current)
        {
            return path;
        }

        if (now is null || DataBlobs.Hash(File.ReadAllBytes(path)) != sha256)
        {
            var content = download(sha256);
            // Whole or not at all: two workers on one machine may write the same file at once.
            AtomicFile.Write(path, stream => stream.Write(content));
            now = Verified.Of(sha256, path);
        }

        if (now is { } placed)
        {
            _verified[path] = placed;
        }

        return path;
    }

    // A copy as it was when its bytes had the hash: a file written since has another last-write time or length.
    private readonly record struct Verified(string Sha256, long Length, DateTime LastWriteUtc)
    {
        public static Verified? Of(string sha256, string path)
        {
            var file = new FileInfo(path);
            return file.Exists ? new Verified(sha256, file.Length, file.LastWriteTimeUtc) : null;
        }
    }

    // The coordinator's full path under root; a job is read from the team store, so a path that would write elsewhere
    // on this machine is refused rather than trusted.
    private static string Under(string root, string path)
    {
        var local = Path.IsPathFullyQualified(path) ? Path.GetFullPath(Path.Join(root, path[Path.GetPathRoot(path)!.Length..])) : null;
        return local is not null && local.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? local
            : throw new InputException($"{path}: not a full path within the coordinator's files; the job cannot be measured.");
    }
}
