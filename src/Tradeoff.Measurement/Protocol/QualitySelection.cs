using Tradeoff.Core;
using Tradeoff.Core.Qualities;

namespace Tradeoff.Measurement.Protocol;

/// <summary>
/// Which qualities a study asks for: an empty list means all; otherwise each entry is a quality id
/// (<c>latency.p99</c>) or a prefix before a dot (<c>latency</c> selects every <c>latency.*</c>).
/// </summary>
internal sealed class QualitySelection
{
    private readonly IReadOnlyList<string> _requested;

    public QualitySelection(IReadOnlyList<string> requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        foreach (var entry in requested)
        {
            if (!QualityCatalog.Ids.Any(id => Matches(entry, id)) && QualityCatalog.Find(entry) is null)
            {
                throw new InputException($"protocol: unknown quality '{entry}'{Suggestions.DidYouMean(entry, QualityCatalog.Ids)}.");
            }
        }

        _requested = requested;
    }

    public bool All => _requested.Count == 0;

    public bool Wants(string id) => All || _requested.Any(entry => Matches(entry, id));

    public bool WantsAny(IEnumerable<string> ids) => ids.Any(Wants);

    private static bool Matches(string entry, string id) =>
        string.Equals(entry, id, StringComparison.Ordinal) || id.StartsWith(entry + ".", StringComparison.Ordinal);
}
