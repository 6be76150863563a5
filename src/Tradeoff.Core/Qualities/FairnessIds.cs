namespace Tradeoff.Core.Qualities;

/// <summary>
/// The ids of the fairness gaps: <c>fairness.GAP</c>, the largest over the protected attributes (in the catalog,
/// <see cref="QualityIds.FairnessAccuracyGap"/>...), and <c>fairness.ATTRIBUTE.GAP</c> for each attribute.
/// </summary>
public static class FairnessIds
{
    /// <summary>What every fairness id starts with.</summary>
    public const string Prefix = "fairness.";

    /// <summary>The largest accuracy difference between groups.</summary>
    public const string AccuracyGap = "accuracy-gap";

    /// <summary>The largest selection-rate difference between groups.</summary>
    public const string DemographicParity = "demographic-parity";

    /// <summary>The largest TPR or FPR difference between groups.</summary>
    public const string EqualizedOdds = "equalized-odds";

    /// <summary>The gaps, in the order they are measured.</summary>
    public static IReadOnlyList<string> Gaps { get; } = [AccuracyGap, DemographicParity, EqualizedOdds];

    /// <summary><c>fairness.GAP</c>: the gap's largest value over the protected attributes.</summary>
    public static string Of(string gap) => Prefix + gap;

    /// <summary><c>fairness.ATTRIBUTE.GAP</c>: the gap between the groups of one protected attribute.</summary>
    public static string Of(string attribute, string gap) => $"{Prefix}{attribute}.{gap}";

    /// <summary>The <c>fairness.GAP</c> id of a per-attribute id (<c>fairness.age.equalized-odds</c>); any other id as it is.</summary>
    public static string Overall(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var parts = id.Split('.');
        return parts.Length == 3 && parts[0] + "." == Prefix ? Of(parts[2]) : id;
    }
}
