namespace Tradeoff.Cli.Tests;

/// <summary>Where the repository's files are, from the test's output folder.</summary>
internal static class Paths
{
    public static string Root { get; } = FindRoot();

    public static string Examples(string relative) => Path.Combine(Root, "examples", relative);

    /// <summary>A shared data set: the copy beside the repository when present, else the example copy.</summary>
    public static string SharedDataset(string file) => Path.Combine(Root, "..", "shared", "datasets", file);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Tradeoff.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Tradeoff.slnx not found above " + AppContext.BaseDirectory);
    }
}
