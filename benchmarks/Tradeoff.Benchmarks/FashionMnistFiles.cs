using Tradeoff.Core.Data;
using Tradeoff.Core.Data.Loading;

namespace Tradeoff.Benchmarks;

/// <summary>Fashion-MNIST for the benchmarks, through the product's own IDX loader (pixels scaled to [0, 1]).</summary>
internal static class FashionMnistFiles
{
    /// <summary>Where the Debian package dataset-fashion-mnist puts the files.</summary>
    public const string DefaultDirectory = "/usr/share/datasets/fashion-mnist";

    private static (Dataset Train, Dataset Test)? _cached;

    /// <summary>The fixed 60,000 / 10,000 split.</summary>
    public static (Dataset Train, Dataset Test) Load(string directory = DefaultDirectory)
    {
        if (_cached is { } cached && directory == DefaultDirectory)
        {
            return cached;
        }

        var (trainTable, testTable) = DataLoader.LoadFashionMnist(directory);
        var train = DatasetBuilder.Build(trainTable);
        var split = (train, DatasetBuilder.BuildTest(train, testTable));
        if (directory == DefaultDirectory)
        {
            _cached = split;
        }

        return split;
    }

    /// <summary>The training part, or the test part.</summary>
    public static Dataset Load(bool test) => test ? Load().Test : Load().Train;
}
