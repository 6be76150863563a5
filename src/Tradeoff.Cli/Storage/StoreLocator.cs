using Tradeoff.Store;

namespace Tradeoff.Cli.Storage;

/// <summary>A store location and how it was chosen, for the one line that says which store a command read.</summary>
/// <param name="Location">A file path or <c>scheme:place</c>.</param>
/// <param name="How">Why this store: given by --store, found beside a study up from the current folder, the last used.</param>
internal sealed record StoreChoice(string Location, string How);

/// <summary>
/// The store a user most likely means when a command is given no <c>--store</c>: a study's
/// <c>.tradeoff/tradeoff.db</c> in the current folder or the nearest folder above it (the study being worked on),
/// else the last store used (remembered by every command that used one). Folders below are not searched: several
/// studies below would make the choice a guess, and the last store used covers running from a repository's root.
/// </summary>
internal static class StoreLocator
{
    /// <summary>The store meant from <paramref name="workingFolder"/>; when none is found, the default store there (whose absence the opening reports).</summary>
    public static StoreChoice Find(string workingFolder, string? stateFolder)
    {
        for (var folder = new DirectoryInfo(workingFolder); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, RunStorePaths.Folder, RunStorePaths.FileName);
            if (File.Exists(candidate))
            {
                var how = folder.FullName == Path.GetFullPath(workingFolder) ? "the current folder's" : "found above the current folder";
                return new(candidate, how);
            }
        }

        if (UserState.LastStore(stateFolder) is { } last && Exists(last))
        {
            return new(last, "the last store used; --store chooses another");
        }

        return new(Path.Combine(Path.GetFullPath(workingFolder), RunStorePaths.Folder, RunStorePaths.FileName), "the current folder's");
    }

    /// <summary><paramref name="location"/> with a file path made absolute, so that it is found again from any folder.</summary>
    public static string Absolute(string location)
    {
        var (scheme, place) = RunStores.Split(location);
        return scheme == RunStores.DefaultScheme ? Path.GetFullPath(place) : location;
    }

    private static bool Exists(string location)
    {
        var (scheme, place) = RunStores.Split(location);
        return scheme != RunStores.DefaultScheme || File.Exists(place);
    }
}
