namespace Tradeoff.Core.Tests.Data;

/// <summary>The project's copies of the shared data sets: tests/data and the examples' folders.</summary>
internal static class SharedData
{
    private static readonly string Root = FindRoot();

    /// <summary>The path of a shared data set by file name.</summary>
    public static string File(string name) =>
        Folders().Select(f => Path.Combine(f, name)).FirstOrDefault(System.IO.File.Exists)
        ?? throw new FileNotFoundException($"{name} is neither in tests/data nor in an examples folder of {Root}");

    /// <summary>The path of a file of the malformed-input corpus, tests/data/malformed.</summary>
    public static string Malformed(string name) => Path.Combine(Root, "tests", "data", "malformed", name);

    /// <summary>The distinct ARFF file names the repository holds.</summary>
    public static IEnumerable<string> ArffFiles() =>
        Folders().SelectMany(f => Directory.EnumerateFiles(f, "*.arff")).Select(p => Path.GetFileName(p)).Distinct().Order(StringComparer.Ordinal);

    private static IEnumerable<string> Folders() =>
        Directory.EnumerateDirectories(Path.Combine(Root, "examples")).Order(StringComparer.Ordinal).Prepend(Path.Combine(Root, "tests", "data"));

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !System.IO.File.Exists(Path.Combine(folder.FullName, "Tradeoff.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("no Tradeoff.slnx above " + AppContext.BaseDirectory);
    }
}
