namespace Tradeoff.Core.Data.Loading;

/// <summary>Fashion-MNIST as the Debian package <c>dataset-fashion-mnist</c> installs it, with its fixed train/test split.</summary>
internal static class FashionMnist
{
    public const string Name = "fashion-mnist";

    public const string DefaultFolder = "/usr/share/datasets/fashion-mnist";

    /// <summary>The ten classes, in label order (Xiao, Rasul and Vollgraf, 2017).</summary>
    public static readonly IReadOnlyList<string> Classes =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

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
