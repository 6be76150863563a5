using System.Security.Cryptography;

namespace Tradeoff.Core.Data.Loading;

/// <summary>Fashion-MNIST as the Debian package <c>dataset-fashion-mnist</c> installs it, with its fixed train/test split.</summary>
internal static class FashionMnist
{
    public const string Name = "fashion-mnist";

    public const string DefaultFolder = "/usr/share/datasets/fashion-mnist";

    /// <summary>The ten classes, in label order (Xiao, Rasul and Vollgraf, 2017).</summary>
    public static readonly IReadOnlyList<string> Classes =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    // The SHA-256 of the labels of Fashion-MNIST's two labels files (the bytes after the 8-byte IDX header, whatever the
    // compression), as the Debian package dataset-fashion-mnist 0.0~git20200523.55506a9-1 ships them in
    // /usr/share/datasets/fashion-mnist. To recompute: gunzip -c train-labels-idx1-ubyte.gz | tail -c +9 | sha256sum
    // (and t10k-labels-idx1-ubyte.gz).
    private static readonly HashSet<string> LabelsSha256 = new(StringComparer.Ordinal)
    {
        "657fbd221bfc9f4198cc14b5619cc33ec57c58dd0e47af4d99d6650759e869a7", // train: 60,000 labels
        "3d0e6c6ea990b53b6f8f500a41cac93881d981b315f84578b7d915342ade01e9", // t10k: 10,000 labels
    };

    /// <summary>
    /// Whether <paramref name="labels"/> are those of Fashion-MNIST's training or test labels file, byte for byte: its
    /// classes are named by what the file holds, not by where it lies (MNIST's digits in a folder named fashion-... keep
    /// their numbers, Fashion-MNIST copied anywhere gets its names).
    /// </summary>
    public static bool AreItsLabels(ReadOnlySpan<byte> labels) => LabelsSha256.Contains(Convert.ToHexStringLower(SHA256.HashData(labels)));

    public static (DataTable Train, DataTable Test) Load(string folder)
    {
        return (LoadPart(folder, "train", Name), LoadPart(folder, "t10k", $"{Name} (test)"));
    }

    private static DataTable LoadPart(string folder, string prefix, string source)
    {
        var images = Path.Combine(folder, $"{prefix}-images-idx3-ubyte.gz");
        var labels = Path.Combine(folder, $"{prefix}-labels-idx1-ubyte.gz");
        foreach (var file in (string[])[images, labels])
        {
            if (!File.Exists(file))
            {
                throw new InputException($"{Name}: {file} is missing; install it with: sudo apt-get install dataset-fashion-mnist");
            }
        }

        var columns = IdxReader.ReadImages(images, images).ToList();
        columns.Add(IdxReader.ReadLabels(labels, labels, Classes));
        return new DataTable(source, columns);
    }
}
