using System.Globalization;

namespace Tradeoff.Reporting.Tests;

/// <summary>
/// How far apart two colours look (CIE76 distance in CIELAB) to a reader with normal vision or with one of the three
/// dichromacies, simulated with the matrices of Machado, Oliveira and Fernandes (2009) at full severity on linear RGB.
/// </summary>
internal static class ColorVision
{
    public static readonly string[] All = ["normal", "protanopia", "deuteranopia", "tritanopia"];

    private static readonly Dictionary<string, double[,]> Matrices = new(StringComparer.Ordinal)
    {
        ["normal"] = new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } },
        ["protanopia"] = new[,] { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 }, { -0.003882, -0.048116, 1.051998 } },
        ["deuteranopia"] = new[,] { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 }, { -0.011820, 0.042940, 0.968881 } },
        ["tritanopia"] = new[,] { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 }, { 0.004733, 0.691367, 0.303900 } },
    };

    public static double Distance(string a, string b, string vision)
    {
        var (l1, a1, b1) = Lab(a, vision);
        var (l2, a2, b2) = Lab(b, vision);
        return Math.Sqrt(((l1 - l2) * (l1 - l2)) + ((a1 - a2) * (a1 - a2)) + ((b1 - b2) * (b1 - b2)));
    }

    private static (double L, double A, double B) Lab(string hex, string vision)
    {
        double[] rgb = [Linear(hex, 1), Linear(hex, 3), Linear(hex, 5)];
        var m = Matrices[vision];
        var (r, g, b) = (Clamp(m, 0, rgb), Clamp(m, 1, rgb), Clamp(m, 2, rgb));
        var x = ((0.4124 * r) + (0.3576 * g) + (0.1805 * b)) / 0.95047;
        var y = (0.2126 * r) + (0.7152 * g) + (0.0722 * b);
        var z = ((0.0193 * r) + (0.1192 * g) + (0.9505 * b)) / 1.08883;
        return ((116 * F(y)) - 16, 500 * (F(x) - F(y)), 200 * (F(y) - F(z)));
    }

    private static double Clamp(double[,] m, int row, double[] rgb) => Math.Clamp((m[row, 0] * rgb[0]) + (m[row, 1] * rgb[1]) + (m[row, 2] * rgb[2]), 0, 1);

    private static double Linear(string hex, int at)
    {
        var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static double F(double t) => t > 0.008856 ? Math.Cbrt(t) : (7.787 * t) + (16.0 / 116);
}
