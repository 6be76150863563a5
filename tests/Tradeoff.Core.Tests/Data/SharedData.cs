namespace Tradeoff.Core.Tests.Data;

/// <summary>Where the project's shared data sets live (../shared/datasets of the repository's parent).</summary>
internal static class SharedData
{
    public static string Folder { get; } = Find();

    public static IEnumerable<string> ArffFiles() => Directory.EnumerateFiles(Folder, "*.arff").Order(StringComparer.Ordinal);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in (string[])[Path.Combine(dir.FullName, "shared", "datasets"), Path.Combine(dir.FullName, "examples", "datasets")])
            {
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return "/work/shared/datasets";
    }
}
