using Tradeoff.Core;
using Tradeoff.Core.Qualities;

namespace Tradeoff.Measurement.Protocol;

/// <summary>
/// Which qualities a study asks for: an empty list means all; otherwise each entry is a quality id
/// (<c>latency.p99</c>) or a prefix before a dot (<c>latency</c> selects every <c>latency.*</c>), of the catalog or
/// of a registered probe.
/// </summary>
internal sealed class QualitySelection
{
    private readonly IReadOnlyList<string> _requested;

    public QualitySelection(IReadOnlyList<string> requested, IEnumerable<string>? probed = null)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var known = QualityCatalog.Ids.Union(probed ?? [], StringComparer.Ordinal).ToList();
        foreach (var entry in requested)
        {
            if (!known.Any(id => Matches(entry, id)) && QualityCatalog.Find(entry) is null)
            {
                throw new InputException($"protocol: unknown quality '{entry}'{Suggestions.DidYouMean(entry, known)}.");
            }
        }

        _requested = requested;
    }

    public bool All => _requested.Count == 0;

    public bool Wants(string id) => All || _requested.Any(entry => Matches(entry, id));

    public bool WantsAny(IEnumerable<string> ids) => ids.Any(Wants);

    /// <summary>Whether the study names one of <paramref name="ids"/> (or its group) itself, rather than asking for every quality.</summary>
    public bool NamesAny(IEnumerable<string> ids) => !All && ids.Any(id => _requested.Any(entry => Matches(entry, id)));

    private static bool Matches(string entry, string id) =>
        string.Equals(entry, id, StringComparison.Ordinal) || id.StartsWith(entry + ".", StringComparison.Ordinal);
}
