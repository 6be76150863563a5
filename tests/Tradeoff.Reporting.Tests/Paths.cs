namespace Tradeoff.Reporting.Tests;

/// <summary>Where the repository's files are, from the test's output folder.</summary>
internal static class Paths
{
    public static string Root { get; } = FindRoot();

    public static string Golden(string file) => Path.Combine(Root, "tests", "Tradeoff.Reporting.Tests", "Golden", file);

    public static string Schema => Path.Combine(Root, "docs", "results.schema.json");

    /// <summary>A fresh folder under the test output, kept after the run (screenshots are artifacts).</summary>
    public static string Artifacts(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

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
