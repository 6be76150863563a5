using Tradeoff.Core;

namespace Tradeoff.Store;

/// <summary>The embedded store: one SQLite file (WAL journal, busy timeout, versioned schema), no server.</summary>
public static class SqliteRunStore
{
    /// <summary>
    /// Opens the store at <paramref name="path"/>, a path the user gave (<c>--store</c>) or
    /// <see cref="RunStorePaths.Default"/>: creates its folder and the file when missing and brings an older
    /// schema up to date. Dispose it to close the file.
    /// </summary>
    /// <param name="path">The store file.</param>
    /// <param name="clock">The clock that stamps finish times; the system clock by default.</param>
    /// <exception cref="InputException">The path is a folder or not a regular file, cannot be created, is not a Tradeoff store, or is damaged.</exception>
    public static IRunStore Open(string path, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new InputException($"{path}: is a folder; the store is a file, e.g. {Path.Combine(path, RunStorePaths.FileName)}.");
        }

        StoreFiles.RequireRegularOrAbsent(full, path);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full) ?? ".");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot create the store's folder: {e.Message}", e);
        }

        return SqliteStore.Open(full, path, clock ?? TimeProvider.System);
    }
}
