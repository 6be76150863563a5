namespace Tradeoff.Core.Results;

/// <summary>
/// One protected group's figures behind a fairness value, kept in its <see cref="QualityValue.Details"/> as
/// <c>GROUP size</c>, <c>GROUP accuracy</c>, <c>GROUP selection-rate</c>, <c>GROUP tpr</c> and <c>GROUP fpr</c>
/// (the results' JSON contract): this type writes and reads those keys, so no other code spells them.
/// </summary>
/// <param name="Group">The group's name (<c>female</c>, <c>age &lt; 25</c>).</param>
/// <param name="Size">Rows of the group.</param>
/// <param name="Accuracy">Share of its rows predicted right.</param>
/// <param name="SelectionRate">Share of its rows predicted positive; null without a positive class.</param>
/// <param name="TruePositiveRate">Share of its positive rows predicted positive; null without a positive class or a positive row.</param>
/// <param name="FalsePositiveRate">Share of its negative rows predicted positive; null without a positive class or a negative row.</param>
public sealed record GroupFigures(string Group, double Size, double Accuracy, double? SelectionRate, double? TruePositiveRate, double? FalsePositiveRate)
{
    private const string SizeKey = " size";
    private const string AccuracyKey = " accuracy";
    private const string SelectionRateKey = " selection-rate";
    private const string TruePositiveRateKey = " tpr";
    private const string FalsePositiveRateKey = " fpr";

    /// <summary>Adds the group's figures to <paramref name="details"/>, the absent ones left out.</summary>
    public void AddTo(IDictionary<string, double> details)
    {
        ArgumentNullException.ThrowIfNull(details);
        details[Group + SizeKey] = Size;
        details[Group + AccuracyKey] = Accuracy;
        AddPresent(details, Group + SelectionRateKey, SelectionRate);
        AddPresent(details, Group + TruePositiveRateKey, TruePositiveRate);
        AddPresent(details, Group + FalsePositiveRateKey, FalsePositiveRate);
    }

    /// <summary>Every group whose figures <paramref name="details"/> holds, in the order they were added; none for other details.</summary>
    public static IReadOnlyList<GroupFigures> ReadAll(IReadOnlyDictionary<string, double> details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return details.Keys
            .Where(k => k.EndsWith(SizeKey, StringComparison.Ordinal))
            .Select(k => k[..^SizeKey.Length])
            .Select(g => new GroupFigures(
                g,
                details[g + SizeKey],
                details.GetValueOrDefault(g + AccuracyKey, double.NaN),
                Present(details, g + SelectionRateKey),
                Present(details, g + TruePositiveRateKey),
                Present(details, g + FalsePositiveRateKey)))
            .ToList();
    }

    private static void AddPresent(IDictionary<string, double> details, string key, double? value)
    {
        if (value is { } present)
        {
            details[key] = present;
        }
    }

    private static double? Present(IReadOnlyDictionary<string, double> details, string key) =>
        details.TryGetValue(key, out var value) ? value : null;
}
