namespace Tradeoff.Core.Qualities;

/// <summary>How a quality's scale maps values between its two ends onto [0, 1].</summary>
public enum ScaleKind
{
    /// <summary>In proportion to the value: predictive qualities and bounded fractions.</summary>
    Linear,

    /// <summary>In proportion to the logarithm of the value: costs and counts that span orders of magnitude.</summary>
    Logarithmic,
}
