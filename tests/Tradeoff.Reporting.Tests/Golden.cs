namespace Tradeoff.Reporting.Tests;

/// <summary>Compares rendered text with a golden file exactly; UPDATE_GOLDEN=1 rewrites the file instead.</summary>
internal static class Golden
{
    public static void Verify(string file, string actual)
    {
        var path = Paths.Golden(file);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests once with UPDATE_GOLDEN=1 and review it");
        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            var line = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
            Assert.Fail($"{file} differs at line {line + 1}:\n expected: {expectedLines.ElementAtOrDefault(line)}\n   actual: {actualLines.ElementAtOrDefault(line)}\n(UPDATE_GOLDEN=1 rewrites it)");
        }
    }
}
