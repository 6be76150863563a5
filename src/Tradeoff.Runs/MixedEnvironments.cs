using Tradeoff.Core.Results;

namespace Tradeoff.Runs;

/// <summary>
/// The warning of a run whose techniques were measured in different environments (a run resumed on another machine or
/// with another runtime setting): their timings are not comparable, though the run holds them side by side.
/// </summary>
internal static class MixedEnvironments
{
    /// <summary>
    /// One warning for each environment other than the run's own (<paramref name="current"/>, or the first one when the
    /// run measured nothing itself), naming the techniques on both sides and the fields that differ;
    /// <paramref name="find"/> gives the stored environment of a fingerprint.
    /// </summary>
    public static IReadOnlyList<string> Warnings(IReadOnlyList<TechniqueResult> techniques, EnvironmentInfo current, Func<string, EnvironmentInfo?> find)
    {
        var groups = techniques.Where(t => t.MeasuredIn is not null)
            .GroupBy(t => t.MeasuredIn!.EnvironmentFingerprint, StringComparer.Ordinal)
            .ToList();
        if (groups.Count < 2)
        {
            return [];
        }

        var fingerprint = current.Fingerprint;
        EnvironmentInfo? EnvironmentOf(string key) => key == fingerprint ? current : find(key);
        var reference = groups.Find(g => g.Key == fingerprint) ?? groups[0];
        var referenceEnvironment = EnvironmentOf(reference.Key);
        return groups.Where(g => g != reference).Select(group =>
        {
            var differs = EnvironmentOf(group.Key) is { } other && referenceEnvironment is not null
                ? EnvironmentFingerprint.Names(EnvironmentFingerprint.Differences(other, referenceEnvironment))
                : "unknown, one of them is not recorded";
            // In study order, so the sentence reads like the quality table.
            var (first, second) = groups.IndexOf(group) < groups.IndexOf(reference) ? (group, reference) : (reference, group);
            return $"timings of {Side(first)} and {Side(second)} were measured in different environments (differs in: {differs}); compare them with care";
        }).ToList();
    }

    private static string Side(IGrouping<string, TechniqueResult> group) =>
        $"{string.Join(", ", group.Select(t => t.Name))} (environment {group.Key})";
}
