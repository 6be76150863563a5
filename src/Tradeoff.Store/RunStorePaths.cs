namespace Tradeoff.Store;

/// <summary>Where the store is when the user does not say (<c>--store PATH</c>).</summary>
public static class RunStorePaths
{
    /// <summary>The folder of the store, beside the study.</summary>
    public const string Folder = ".tradeoff";

    /// <summary>The file name of the store.</summary>
    public const string FileName = "tradeoff.db";

    /// <summary>
    /// <c>.tradeoff/tradeoff.db</c> in the study file's folder, or in the current directory for an ad hoc run
    /// (<paramref name="studyFile"/> null), as a full path.
    /// </summary>
    public static string Default(string? studyFile)
    {
        var folder = studyFile is null
            ? Environment.CurrentDirectory
            : Path.GetDirectoryName(Path.GetFullPath(studyFile)) ?? Environment.CurrentDirectory;
        return Path.Combine(folder, Folder, FileName);
    }
}
