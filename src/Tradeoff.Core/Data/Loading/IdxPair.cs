namespace Tradeoff.Core.Data.Loading;

/// <summary>
/// An IDX images file and its labels file, found from either one by MNIST's naming
/// (<c>train-images-idx3-ubyte[.gz]</c> next to <c>train-labels-idx1-ubyte[.gz]</c>): a learner needs both.
/// </summary>
internal static class IdxPair
{
    public static bool IsIdx(string path) => Strip(Path.GetFileName(path)) is var n && (n.EndsWith("idx3-ubyte", StringComparison.Ordinal) || n.EndsWith("idx1-ubyte", StringComparison.Ordinal));

    public static bool IsImages(string path) => Strip(Path.GetFileName(path)).EndsWith("idx3-ubyte", StringComparison.Ordinal);

    /// <summary>The labels file of an images file or the images file of a labels file, beside it, or null when there is none.</summary>
    public static string? Partner(string path) => Find(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", PartnerName(path));

    public static DataTable Load(string path, string name)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var isImages = IsImages(path);
        var partnerName = PartnerName(path);
        var partner = Partner(path)
            ?? throw new InputException($"{name}: an IDX {(isImages ? "images" : "labels")} file needs its {(isImages ? "labels" : "images")} file next to it; {Strip(partnerName)}[.gz] was not found in {directory}");

        var (images, labels) = isImages ? (path, partner) : (partner, path);
        var columns = IdxReader.ReadImages(images, isImages ? name : images).ToList();
        // Named by content, not by path: Fashion-MNIST's labels wherever they lie, any other labels by their numbers.
        var label = IdxReader.ReadLabels(labels, isImages ? labels : name, read => FashionMnist.AreItsLabels(read) ? FashionMnist.Classes : null);
        if (label.Length != columns[0].Length)
        {
            throw new InputException($"{name}: the images file has {NumberText.Format(columns[0].Length)} images, the labels file {NumberText.Format(label.Length)} labels");
        }

        columns.Add(label);
        return new DataTable(name, columns);
    }

    private static string PartnerName(string path)
    {
        var file = Path.GetFileName(path);
        return IsImages(path)
            ? file.Replace("images", "labels", StringComparison.Ordinal).Replace("idx3", "idx1", StringComparison.Ordinal)
            : file.Replace("labels", "images", StringComparison.Ordinal).Replace("idx1", "idx3", StringComparison.Ordinal);
    }

    private static string? Find(string directory, string fileName)
    {
        var stripped = Strip(fileName);
        foreach (var candidate in (string[])[fileName, stripped, stripped + ".gz"])
        {
            var path = Path.Combine(directory, candidate);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    private static string Strip(string fileName) =>
        fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
}
