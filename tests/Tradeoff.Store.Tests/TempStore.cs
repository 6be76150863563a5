namespace Tradeoff.Store.Tests;

/// <summary>A store file in its own temporary folder, deleted with the folder (WAL and shared-memory files included).</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "tradeoff-store-" + Guid.NewGuid().ToString("N"));
        File = Path.Combine(Folder, ".tradeoff", "tradeoff.db");
    }

    public string Folder { get; }

    public string File { get; }

    public IRunStore Open() => SqliteRunStore.Open(File);

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
