using Tradeoff.Core.Qualities;
using Tradeoff.Core.Statistics;

namespace Tradeoff.Store;

/// <summary>One quality of one technique instance in two runs: both values, the change and whether it is significant.</summary>
public sealed record QualityChange
{
    /// <summary>The technique instance name.</summary>
    public required string Technique { get; init; }

    /// <summary>The quality id.</summary>
    public required string Quality { get; init; }

    /// <summary>The unit of both values (run A's).</summary>
    public required string Unit { get; init; }

    /// <summary>Which way the quality improves.</summary>
    public Direction Direction { get; init; }

    /// <summary>The value in run A; NaN when not available there.</summary>
    public double ValueA { get; init; }

    /// <summary>The value in run B; NaN when not available there.</summary>
    public double ValueB { get; init; }

    /// <summary>B minus A; NaN when either is not available.</summary>
    public double Change => ValueB - ValueA;

    /// <summary>The change relative to A (0.1 is 10% more); NaN when A is zero or either is not available.</summary>
    public double RelativeChange => ValueA == 0 ? double.NaN : Change / Math.Abs(ValueA);

    /// <summary>True when B is better than A, false when worse; null when equal, not comparable, or the quality has no direction.</summary>
    public bool? Improved =>
        double.IsNaN(Change) || Change == 0 || Direction == Direction.None ? null : Change > 0 == (Direction == Direction.HigherIsBetter);

    /// <summary>Whether the change is more than noise.</summary>
    public Significance Significance { get; init; }

    /// <summary>The test that decided <see cref="Significance"/>.</summary>
    public SignificanceTest Test { get; init; }

    /// <summary>The two-sided p-value of <see cref="Test"/>; null when no test was made.</summary>
    public double? PValue { get; init; }
}
