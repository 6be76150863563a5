namespace Tradeoff.Measurement.Statistics;

/// <summary>
/// y = a x^b fitted by least squares on log y = log a + b log x (points with x or y not positive are left out,
/// since their logarithm is undefined). R2 is that of the straight line in log-log space.
/// </summary>
internal sealed record PowerLaw(double A, double B, double R2, double XMin, double XMax, int Points)
{
    /// <summary>The fit, or null with fewer than two distinct usable x values.</summary>
    public static PowerLaw? Fit(IReadOnlyList<(double X, double Y)> points)
    {
        var usable = points.Where(p => p.X > 0 && p.Y > 0 && double.IsFinite(p.X) && double.IsFinite(p.Y)).ToList();
        if (usable.Select(p => p.X).Distinct().Count() < 2)
        {
            return null;
        }

        var lx = usable.Select(p => Math.Log(p.X)).ToArray();
        var ly = usable.Select(p => Math.Log(p.Y)).ToArray();
        var mx = lx.Average();
        var my = ly.Average();
        var sxy = 0.0;
        var sxx = 0.0;
        var syy = 0.0;
        for (var i = 0; i < lx.Length; i++)
        {
            sxy += (lx[i] - mx) * (ly[i] - my);
            sxx += (lx[i] - mx) * (lx[i] - mx);
            syy += (ly[i] - my) * (ly[i] - my);
        }

        var b = sxy / sxx;
        var a = Math.Exp(my - (b * mx));
        var r2 = syy == 0 ? 1 : (sxy * sxy) / (sxx * syy);
        return new PowerLaw(a, b, r2, usable.Min(p => p.X), usable.Max(p => p.X), usable.Count);
    }

    /// <summary>a x^b.</summary>
    public double At(double x) => A * Math.Pow(x, B);
}
