using Tradeoff.Core.Data;
using Tradeoff.Testing;

namespace Tradeoff.Measurement.Tests.Tuning;

/// <summary>Two overlapping classes on one feature, and a row id the recording technique reads.</summary>
internal static class TuningData
{
    public static Dataset Overlapping(int rows = 60, int seed = 3)
    {
        var random = new Random(seed);
        var x = new float[rows];
        var y = new float[rows];
        var id = new float[rows];
        for (var r = 0; r < rows; r++)
        {
            y[r] = r % 2;
            x[r] = (float)(y[r] + ((random.NextDouble() - 0.5) * 1.6));
            id[r] = r;
        }

        return new Dataset("overlapping", [ToyData.Numeric("x", x), ToyData.Numeric("id", id)], ToyData.Nominal("y", y, "no", "yes"), TaskKind.BinaryClassification, 1);
    }
}
