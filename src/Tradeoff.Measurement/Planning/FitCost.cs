namespace Tradeoff.Measurement.Planning;

/// <summary>
/// What the measurement plan takes one fit to cost, in seconds: <paramref name="Fixed"/> whatever its rows (building a
/// pipeline, collecting the heap), plus <paramref name="PerShare"/> times the share of the training rows it fits on.
/// </summary>
internal sealed record FitCost(double Fixed, double PerShare)
{
    /// <summary>The seconds of a fit on <paramref name="share"/> of the training rows.</summary>
    public double At(double share) => Fixed + (PerShare * share);

    /// <summary>A cost proportional to the rows: what a fit on all of them costs, times the share.</summary>
    public static FitCost Proportional(double full) => new(0, full);

    /// <summary>
    /// The line through a fit on <paramref name="share"/> of the rows (<paramref name="small"/> seconds) and one on all
    /// (<paramref name="full"/>); a small fit dearer than a full one (ML.NET's fit on a few rows of weather took 0.8 s
    /// against 18 ms on all 16) gives a falling line, exact at both sizes. A line that would make small fits free
    /// stays proportional.
    /// </summary>
    public static FitCost Through(double share, double small, double full)
    {
        if (share >= 1)
        {
            return Proportional(full);
        }

        var perShare = (full - small) / (1 - share);
        var fixedPart = small - (perShare * share);
        return fixedPart > 0 ? new(fixedPart, perShare) : Proportional(full);
    }
}
