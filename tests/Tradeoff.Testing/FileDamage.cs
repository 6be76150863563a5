namespace Tradeoff.Testing;

/// <summary>Damages a file the way a failing disk or a stray write does: whole pages of noise in its middle.</summary>
public static class FileDamage
{
    /// <summary>
    /// Overwrites the middle third of <paramref name="path"/>, page by page, with noise: a database's pages there lose
    /// their headers and cells, while its own header at the start stays intact.
    /// </summary>
    public static void OverwriteMiddle(string path, int pageSize = 4096)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        var pages = file.Length / pageSize;
        Assert.True(pages >= 6, $"{path} has {pages} pages; damaging its middle needs more");
        var noise = Enumerable.Range(0, pageSize).Select(i => (byte)(i * 37 % 251)).ToArray();
        for (var page = pages / 3; page < 2 * pages / 3; page++)
        {
            file.Position = page * pageSize;
            file.Write(noise);
        }
    }
}
