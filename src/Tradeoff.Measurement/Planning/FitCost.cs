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
    /// (<paramref name="full"/>). A small fit no cheaper than a full one is a cost that does not grow with the rows
    /// (their mean); a line that would make small fits free stays proportional.
    /// </summary>
    public static FitCost Through(double share, double small, double full)
    {
        if (share >= 1)
        {
            return Proportional(full);
        }

        if (small >= full)
        {
            return new((small + full) / 2, 0);
        }

        var perShare = (full - small) / (1 - share);
        var fixedPart = small - (perShare * share);
        return fixedPart > 0 ? new(fixedPart, perShare) : Proportional(full);
    }
}
