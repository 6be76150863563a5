namespace Tradeoff.Core.Techniques;

/// <summary>How a <see cref="SearchDimension"/> spreads its values over its range.</summary>
public enum SearchScale
{
    /// <summary>Uniform between the bounds.</summary>
    Linear,

    /// <summary>Uniform in the logarithm: as many trials between 1 and 10 as between 10 and 100.</summary>
    Log,

    /// <summary>One of a list of values.</summary>
    Choice,
}
