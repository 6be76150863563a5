using Tradeoff.Core.Results;

namespace Tradeoff.Selection;

/// <summary>
/// What selection sees of a technique instance: its id, its technique id, its measured qualities and the
/// capability ids that hold. Never the technique itself.
/// </summary>
/// <param name="Id">The instance name, unique among the candidates.</param>
/// <param name="TechniqueId">The technique id (<c>baseline</c> makes it the baseline constraints may refer to).</param>
/// <param name="Qualities">Measured qualities by quality id (empty before measuring).</param>
/// <param name="Capabilities">Capability ids that hold (<c>interpretable</c>, <c>incremental</c>, ...).</param>
public sealed record Candidate(
    string Id,
    string TechniqueId,
    IReadOnlyDictionary<string, QualityValue> Qualities,
    IReadOnlySet<string> Capabilities)
{
    /// <summary>False when the technique does not learn the study's task kind: it is eliminated before measuring.</summary>
    public bool SupportsTask { get; init; } = true;

    /// <summary>The value of <paramref name="quality"/>, or NaN when it is missing or not available.</summary>
    public double ValueOf(string quality) =>
        Qualities.TryGetValue(quality, out var value) && value.IsAvailable ? value.Value : double.NaN;

    /// <summary>
    /// Half the width of the 95% interval of <paramref name="quality"/>'s value, (upper - lower) / 2; 0 when the value
    /// has no interval (it counts as exact) or is missing.
    /// </summary>
    public double HalfWidthOf(string quality) => DifferenceNoise.HalfWidth(Qualities.GetValueOrDefault(quality));

    /// <summary>
    /// The half-width of the 95% interval of this candidate's figure minus <paramref name="other"/>'s on
    /// <paramref name="quality"/>: paired when both are fold scores of the same splits (<see cref="DifferenceNoise"/>).
    /// </summary>
    internal double MarginAgainst(Candidate other, string quality) =>
        DifferenceNoise.Margin(Qualities.GetValueOrDefault(quality), other.Qualities.GetValueOrDefault(quality));
}
