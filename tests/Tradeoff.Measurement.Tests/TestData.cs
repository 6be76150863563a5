using Tradeoff.Core.Data;
using Tradeoff.Testing;

namespace Tradeoff.Measurement.Tests;

/// <summary>Small data sets with known class counts, built in code.</summary>
internal static class TestData
{
    /// <summary>One numeric feature; <paramref name="counts"/>[c] rows of class c, in class order.</summary>
    public static Dataset Classes(params int[] counts)
    {
        var rows = counts.Sum();
        var x = new float[rows];
        var y = new float[rows];
        var i = 0;
        for (var c = 0; c < counts.Length; c++)
        {
            for (var k = 0; k < counts[c]; k++, i++)
            {
                x[i] = c + (k % 7 * 0.01f);
                y[i] = c;
            }
        }

        var levels = Enumerable.Range(0, counts.Length).Select(c => "c" + c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var task = counts.Length == 2 ? TaskKind.BinaryClassification : TaskKind.MulticlassClassification;
        return new Dataset("classes", [ToyData.Numeric("x", x)], ToyData.Nominal("y", y, levels), task, counts.Length == 2 ? 1 : -1);
    }

    /// <summary><paramref name="data"/> with a nominal feature "colour" of 3 levels drawn at random (seeded), unrelated to the class.</summary>
    public static Dataset WithColour(Dataset data, int seed = 5)
    {
        var random = new Random(seed);
        var codes = new float[data.RowCount];
        for (var r = 0; r < codes.Length; r++)
        {
            codes[r] = random.Next(3);
        }

        return data.WithFeatures([.. data.Features, ToyData.Nominal("colour", codes, "red", "green", "blue")]);
    }
}
