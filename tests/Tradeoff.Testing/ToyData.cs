using Tradeoff.Core.Data;

namespace Tradeoff.Testing;

/// <summary>Tiny data sets built in code, with fixed seeds, for unit and contract tests.</summary>
public static class ToyData
{
    /// <summary>Two numeric features; the class is 1 when x0 + x1 &gt; 1 (linearly separable, with a margin).</summary>
    public static Dataset Binary(int rows = 120, int seed = 1)
    {
        var random = new Random(seed);
        var x0 = new float[rows];
        var x1 = new float[rows];
        var y = new float[rows];
        for (var i = 0; i < rows; i++)
        {
            var label = i % 2;
            // Points sit at least 0.2 from the boundary x0 + x1 = 1.
            var s = label == 1 ? 1.2f + (0.8f * (float)random.NextDouble()) : 0.8f * (float)random.NextDouble();
            var t = (float)random.NextDouble();
            x0[i] = s * t;
            x1[i] = s * (1 - t);
            y[i] = label;
        }

        return new Dataset("toy-binary", [Numeric("x0", x0), Numeric("x1", x1)], Nominal("y", y, "no", "yes"), TaskKind.BinaryClassification, 1);
    }

    /// <summary>Three well separated Gaussian blobs in two numeric features plus one nominal feature that agrees with the class.</summary>
    public static Dataset Multiclass(int rows = 150, int seed = 2)
    {
        var random = new Random(seed);
        var x0 = new float[rows];
        var x1 = new float[rows];
        var color = new float[rows];
        var y = new float[rows];
        float[][] centres = [[0f, 0f], [4f, 0f], [0f, 4f]];
        for (var i = 0; i < rows; i++)
        {
            var label = i % 3;
            x0[i] = centres[label][0] + (0.5f * Gaussian(random));
            x1[i] = centres[label][1] + (0.5f * Gaussian(random));
            color[i] = random.NextDouble() < 0.8 ? label : random.Next(3);
            y[i] = label;
        }

        return new Dataset(
            "toy-multiclass",
            [Numeric("x0", x0), Numeric("x1", x1), Nominal("color", color, "red", "green", "blue")],
            Nominal("y", y, "a", "b", "c"),
            TaskKind.MulticlassClassification);
    }

    /// <summary>y = 3 x0 - 2 x1 + 1 plus small noise.</summary>
    public static Dataset Regression(int rows = 120, int seed = 3)
    {
        var random = new Random(seed);
        var x0 = new float[rows];
        var x1 = new float[rows];
        var y = new float[rows];
        for (var i = 0; i < rows; i++)
        {
            x0[i] = (float)random.NextDouble() * 4;
            x1[i] = (float)random.NextDouble() * 4;
            y[i] = (3 * x0[i]) - (2 * x1[i]) + 1 + (0.05f * Gaussian(random));
        }

        return new Dataset("toy-regression", [Numeric("x0", x0), Numeric("x1", x1)], Numeric("y", y), TaskKind.Regression);
    }

    /// <summary>The binary toy set with some values missing (NaN), for techniques and featurization.</summary>
    public static Dataset BinaryWithMissing(int rows = 120, int seed = 4)
    {
        var data = Binary(rows, seed);
        var random = new Random(seed);
        foreach (var column in data.Features)
        {
            for (var i = 0; i < column.Length; i++)
            {
                if (random.NextDouble() < 0.05)
                {
                    column.Values[i] = float.NaN;
                }
            }
        }

        return data;
    }

    /// <summary>A numeric column.</summary>
    public static Column Numeric(string name, float[] values) => new(name, ColumnKind.Numeric, values);

    /// <summary>A nominal column with the given levels.</summary>
    public static Column Nominal(string name, float[] codes, params string[] levels) => new(name, ColumnKind.Nominal, codes, levels);

    private static float Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return (float)(Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }
}
