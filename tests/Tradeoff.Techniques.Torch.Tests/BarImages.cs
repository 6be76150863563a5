using System.Globalization;
using Tradeoff.Core.Data;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.Torch.Tests;

/// <summary>Tiny grey images built in code: a horizontal bar, a vertical bar or a cross of both, at a random place, on faint noise.</summary>
internal static class BarImages
{
    private static readonly string[] Names = ["horizontal", "vertical", "cross"];

    /// <summary><paramref name="rows"/> images of <paramref name="side"/> x <paramref name="side"/> pixels, classes in turn.</summary>
    public static Dataset Create(int classes, int rows, int seed, int side = 8)
    {
        var random = new Random(seed);
        var pixels = Enumerable.Range(0, side * side).Select(_ => new float[rows]).ToArray();
        var labels = new float[rows];
        for (var r = 0; r < rows; r++)
        {
            var label = r % classes;
            var row = random.Next(1, side - 1);
            var column = random.Next(1, side - 1);
            for (var y = 0; y < side; y++)
            {
                for (var x = 0; x < side; x++)
                {
                    var on = (label != 1 && y == row) || (label != 0 && x == column);
                    pixels[(y * side) + x][r] = on ? 0.8f + (0.2f * (float)random.NextDouble()) : 0.2f * (float)random.NextDouble();
                }
            }

            labels[r] = label;
        }

        var columns = pixels.Select((values, i) => ToyData.Numeric("pixel" + i.ToString(CultureInfo.InvariantCulture), values)).ToList();
        var task = classes == 2 ? TaskKind.BinaryClassification : TaskKind.MulticlassClassification;
        return new Dataset("bars", columns, ToyData.Nominal("shape", labels, Names[..classes]), task, classes == 2 ? 1 : -1);
    }
}
