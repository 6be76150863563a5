namespace Tradeoff.Selection;

/// <summary>How the frontier compares two figures.</summary>
public enum FrontierComparison
{
    /// <summary>Better only beyond the noise of both figures (their 95% intervals); differences within it are ties.</summary>
    BeyondTheNoise,

    /// <summary>Better by point value, intervals ignored (the textbook frontier).</summary>
    PointValues,
}
