using Tradeoff.Core.Qualities;
using Tradeoff.Reporting.Text;
using Tradeoff.Runs;

namespace Tradeoff.Reporting;

/// <summary>
/// What every report format shows beside the results document itself, derived from it once: the objectives and
/// weights the ranking used, and the protected attributes fairness was measured for. A format reads these here
/// rather than deriving them again, so two formats (or two sections of one) cannot disagree.
/// </summary>
public sealed record ReportModel
{
    /// <summary>The results document the report renders.</summary>
    public required ResultsDocument Document { get; init; }

    /// <summary>The qualities the frontier is over, as the selection used them (the study's when there was no selection).</summary>
    public required IReadOnlyList<string> Objectives { get; init; }

    /// <summary>The weights the ranking used, in words (<c>accuracy 0.6, latency.p99 0.3</c>); empty when there are none.</summary>
    public required string Weights { get; init; }

    /// <summary>The protected attributes with a per-attribute fairness quality, in order.</summary>
    public required IReadOnlyList<string> ProtectedAttributes { get; init; }

    /// <summary>The model of <paramref name="document"/>.</summary>
    public static ReportModel Of(ResultsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ReportModel
        {
            Document = document,
            Objectives = StudyPriorities.Objectives(document),
            Weights = StudyPriorities.Weights(document),
            ProtectedAttributes = Attributes(document),
        };
    }

    // A per-attribute fairness id is fairness.ATTRIBUTE.METRIC with METRIC a catalog fairness metric: matched on the
    // metric at the end, so an attribute whose name holds a dot stays whole.
    private static List<string> Attributes(ResultsDocument document)
    {
        var metrics = QualityCatalog.All.Where(q => q.Id.StartsWith("fairness.", StringComparison.Ordinal))
            .Select(q => q.Id["fairness.".Length..]).ToList();
        return document.Techniques.SelectMany(t => t.Qualities.Keys)
            .Where(id => id.StartsWith("fairness.", StringComparison.Ordinal))
            .SelectMany(id => metrics.Where(m => id.Length > "fairness.".Length + m.Length + 1 && id.EndsWith("." + m, StringComparison.Ordinal))
                .Select(m => id["fairness.".Length..^(m.Length + 1)]))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
