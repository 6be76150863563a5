using Tradeoff.Core.IO;

namespace Tradeoff.Distributed;

/// <summary>
/// A worker's copies of the study files and data files it was sent, in one temporary folder, each named by its hash:
/// a file is downloaded once per machine however many jobs read it, and a copy whose bytes changed is fetched again.
/// The study and its data lie in the same folder, where the study's relative data paths find them.
/// </summary>
internal sealed class WorkerFiles(DataBlobs blobs, string folder)
{
    /// <summary>The default folder: tradeoff-worker in the system's temporary folder.</summary>
    public static string DefaultFolder => Path.Combine(Path.GetTempPath(), "tradeoff-worker");

    /// <summary>The local path of blob <paramref name="sha256"/>, as a file with <paramref name="extension"/>.</summary>
    public string PathOf(string sha256, string extension)
    {
        var path = Path.Combine(folder, sha256 + extension);
        if (File.Exists(path) && DataBlobs.Hash(File.ReadAllBytes(path)) == sha256)
        {
            return path;
        }

        var content = blobs.Download(sha256);
        // Whole or not at all: two workers on one machine may write the same file at once.
        AtomicFile.Write(path, stream => stream.Write(content));
        return path;
    }
}
