namespace Tradeoff.Core.Data.Loading;

/// <summary>
/// Loads a data file into a <see cref="DataTable"/>, choosing the reader from the file name: <c>.csv</c>,
/// <c>.tsv</c>/<c>.tab</c>, <c>.arff</c>, IDX (<c>*-idx3-ubyte</c>/<c>*-idx1-ubyte</c>, raw or <c>.gz</c>), or the
/// named data set <c>fashion-mnist</c>.
/// </summary>
public static class DataLoader
{
    /// <summary>Whether <paramref name="path"/> names the data set <c>fashion-mnist</c> rather than a file.</summary>
    public static bool IsFashionMnist(string path) => string.Equals(path, FashionMnist.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Loads <paramref name="path"/>. For <c>fashion-mnist</c> this is its training part; use
    /// <see cref="LoadFashionMnist"/> for both parts of its fixed split.
    /// </summary>
    /// <param name="path">The file, or <c>fashion-mnist</c>.</param>
    /// <param name="displayName">How the user named the file, used in messages and as the table's source; defaults to <paramref name="path"/>.</param>
    /// <exception cref="InputException">The file is missing, empty, binary, malformed or of an unknown kind (one line, naming the file and the place).</exception>
    public static DataTable Load(string path, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = displayName ?? path;
        if (IsFashionMnist(path))
        {
            return LoadFashionMnist().Train;
        }

        if (Directory.Exists(path))
        {
            throw new FileFormatException(name, null, null, "is a folder, not a data file");
        }

        if (!File.Exists(path))
        {
            throw new FileFormatException(name, null, null, $"file not found ({Path.GetFullPath(path)})");
        }

        var extension = Path.GetExtension(path).ToUpperInvariant();
        return extension switch
        {
            ".CSV" => CsvReader.Read(() => OpenFile(path), name, ','),
            ".TSV" or ".TAB" => CsvReader.Read(() => OpenFile(path), name, '\t'),
            ".ARFF" => ArffReader.Read(() => OpenFile(path), name),
            _ when IdxPair.IsIdx(path) => IdxPair.Load(path, name),
            _ => throw new FileFormatException(name, null, null, "unknown kind of data file; expected .csv, .tsv, .tab, .arff, an IDX file (*-idx3-ubyte, *-idx1-ubyte, raw or .gz) or fashion-mnist"),
        };
    }

    /// <summary>
    /// The file an IDX data file is read with, found beside it by name: the labels file (<paramref name="path"/> is an
    /// images file) or the images file (it is a labels file). Null for other files, or when the partner is missing.
    /// </summary>
    /// <returns>The partner's part (<c>labels</c> or <c>images</c>) and its path.</returns>
    public static (string Part, string Path)? IdxPartner(string path) =>
        IdxPair.IsIdx(path) && IdxPair.Partner(path) is { } partner ? (IdxPair.IsImages(path) ? "labels" : "images", partner) : null;

    /// <summary>The four IDX files of Fashion-MNIST (label to path) in <paramref name="folder"/> or the Debian package's folder, for hashing.</summary>
    public static IReadOnlyDictionary<string, string> FashionMnistFiles(string? folder = null)
    {
        var root = folder ?? FashionMnist.DefaultFolder;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["train"] = Path.Combine(root, "train-images-idx3-ubyte.gz"),
            ["train-labels"] = Path.Combine(root, "train-labels-idx1-ubyte.gz"),
            ["test"] = Path.Combine(root, "t10k-images-idx3-ubyte.gz"),
            ["test-labels"] = Path.Combine(root, "t10k-labels-idx1-ubyte.gz"),
        };
    }

    /// <summary>
    /// Loads Fashion-MNIST (784 numeric columns <c>pixel0..pixel783</c> in [0, 1] and a nominal <c>label</c> with the
    /// ten class names) with its fixed split: 60,000 training and 10,000 test images.
    /// </summary>
    /// <param name="folder">Where its four <c>.gz</c> files are; defaults to where the Debian package <c>dataset-fashion-mnist</c> puts them.</param>
    /// <exception cref="InputException">A file is missing (the message says how to install the package) or malformed.</exception>
    public static (DataTable Train, DataTable Test) LoadFashionMnist(string? folder = null) =>
        FashionMnist.Load(folder ?? FashionMnist.DefaultFolder);

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
}
