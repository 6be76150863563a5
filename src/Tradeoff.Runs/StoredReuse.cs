using Tradeoff.Core.Results;
using Tradeoff.Store;

namespace Tradeoff.Runs;

/// <summary>
/// What a run takes from a stored run: its measured techniques, each with the provenance of the run that measured it.
/// A repeated run takes only those measured in an environment with the current fingerprint, and says once why it
/// measures the others again; a resumed run takes them all.
/// </summary>
/// <param name="Techniques">The stored results to take, by technique instance.</param>
/// <param name="Refusal">Why some stored measurements are measured again, in one line; null when none is refused.</param>
internal sealed record StoredReuse(IReadOnlyDictionary<string, TechniqueResult> Techniques, string? Refusal)
{
    /// <summary>Every measured technique of <paramref name="previous"/>, whatever its environment: a resumed run continues.</summary>
    public static StoredReuse All(StoredRun previous) => new(Measured(previous).ToDictionary(t => t.Name, StringComparer.Ordinal), null);

    /// <summary>The measured techniques of <paramref name="previous"/> whose environment fingerprint is that of <paramref name="current"/>.</summary>
    public static StoredReuse Matching(StoredRun previous, EnvironmentInfo current)
    {
        var fingerprint = current.Fingerprint;
        var measured = Measured(previous).ToList();
        var refused = measured.Where(t => t.MeasuredIn?.EnvironmentFingerprint != fingerprint).ToList();
        var taken = measured.Except(refused).ToDictionary(t => t.Name, StringComparer.Ordinal);
        if (refused.Count == 0)
        {
            return new(taken, null);
        }

        var who = refused.Count == measured.Count
            ? $"the stored run {previous.Id} was"
            : $"{string.Join(", ", refused.Select(t => t.Name))} of the stored run {previous.Id} {(refused.Count == 1 ? "was" : "were")}";
        var how = refused.GroupBy(t => t.MeasuredIn?.EnvironmentFingerprint, StringComparer.Ordinal)
            .Select(g => Difference(previous, g.Key, current));
        return new(taken, $"not reused: {who} measured {string.Join(" and ", how)}; measuring again");
    }

    private static IEnumerable<TechniqueResult> Measured(StoredRun previous) =>
        previous.Techniques.Where(t => t.Status == TechniqueStatus.Measured);

    private static string Difference(StoredRun previous, string? fingerprint, EnvironmentInfo current)
    {
        if (fingerprint is null)
        {
            return "without a record of its environment (by an earlier Tradeoff)";
        }

        var differences = previous.Environments.TryGetValue(fingerprint, out var then) ? EnvironmentFingerprint.Differences(then, current) : [];
        // No field to name when the store lacks that environment or fingerprints were computed otherwise then.
        return differences.Count == 0
            ? $"in environment {fingerprint} (now {current.Fingerprint})"
            : "with " + string.Join(", ", differences);
    }
}
