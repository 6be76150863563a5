namespace Tradeoff.Core.Statistics;

/// <summary>Whether a change between two runs is more than noise (two-sided test at the 0.05 level).</summary>
public enum Significance
{
    /// <summary>Not enough to tell: a value is missing, or neither raw samples nor a spread were stored.</summary>
    Unknown,

    /// <summary>The test does not reject "no change".</summary>
    NotSignificant,

    /// <summary>The test rejects "no change" at the 0.05 level.</summary>
    Significant,
}
