namespace Tradeoff.Techniques.External.Command;

/// <summary>
/// The files of the folders a command must not write in (the study's folder, which holds its inputs, and its own work
/// folder but for its model folder), by path with size and time of last write, taken before and after a call: a file
/// created, changed or removed there is the program writing outside its folder. A check after the fact, not a sandbox:
/// it sees these folders only (docs/BRING-YOUR-OWN.md says so). The run store's folder (<c>.tradeoff</c>, Tradeoff.Store's
/// RunStorePaths.Folder, beside the study by default) is left out: Tradeoff itself writes the run's heartbeat there
/// while a fit runs.
/// </summary>
internal sealed class FolderWatch
{
    private const string StoreFolder = ".tradeoff";
    private readonly IReadOnlyList<string> _folders;
    private readonly string _allowed;
    private readonly Dictionary<string, (long Length, DateTime Written)> _before;

    public FolderWatch(IReadOnlyList<string> folders, string allowed)
    {
        _folders = folders;
        _allowed = Path.TrimEndingDirectorySeparator(Path.GetFullPath(allowed)) + Path.DirectorySeparatorChar;
        _before = Snapshot();
    }

    /// <summary>The paths written outside the allowed folder since this watch began, at most a few, or empty.</summary>
    public IReadOnlyList<string> Written()
    {
        var after = Snapshot();
        return after.Where(f => !_before.TryGetValue(f.Key, out var was) || was != f.Value)
            .Select(f => f.Key)
            .Concat(_before.Keys.Where(path => !after.ContainsKey(path)))
            .Order(StringComparer.Ordinal)
            .Take(3)
            .ToList();
    }

    private Dictionary<string, (long, DateTime)> Snapshot()
    {
        var files = new Dictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var folder in _folders.Where(Directory.Exists))
        {
            var store = Path.Combine(Path.GetFullPath(folder), StoreFolder) + Path.DirectorySeparatorChar;
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", options))
            {
                if (!file.FullName.StartsWith(_allowed, StringComparison.Ordinal) && !file.FullName.StartsWith(store, StringComparison.Ordinal))
                {
                    files[file.FullName] = (file.Length, file.LastWriteTimeUtc);
                }
            }
        }

        return files;
    }
}
