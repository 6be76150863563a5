using System.Text.Json;
using Tradeoff.Core.Qualities;
using Tradeoff.Runs;
using Tradeoff.Selection;

namespace Tradeoff.Reporting.Html;

/// <summary>
/// What the page's script needs to re-rank the survivors under new weights by Tradeoff.Selection's rule: the considered
/// qualities (objectives, then weighted qualities, as the library orders them), the weights as used, each survivor's
/// values placed on the run's fixed scales (by the library's own <see cref="QualityScale"/>) with the half-widths of the
/// scaled intervals, the scaled noise of every pair's differences, its frontier standing, the tie rule's keys
/// (interpretable, parameters), and the document's ranking.
/// </summary>
internal static class LiveRankingData
{
    // The default encoder escapes <, >, & and quotes as \uXXXX, so no text from data can close the <script> element.
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Json(ResultsDocument document)
    {
        var weights = document.Weights ?? new Dictionary<string, double>();
        var qualities = (document.Frontier?.Objectives ?? []).Concat(weights.Keys).Distinct(StringComparer.Ordinal).ToList();
        var scales = qualities.Select(q => Scale(document, q)).ToList();
        var frontier = document.Frontier?.Members ?? [];
        var outranked = (document.Ranking ?? []).Where(r => r.OutrankedBy is not null).Select(r => r.Candidate).ToHashSet(StringComparer.Ordinal);
        var survivors = document.Survivors ?? document.Ranking?.Select(r => r.Candidate).ToList() ?? [];
        var byName = document.Techniques.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var shown = survivors.Where(byName.ContainsKey).ToList();
        var payload = new
        {
            Qualities = qualities.Select(q => new
            {
                Id = q,
                Direction = (QualityCatalog.Find(q) ?? document.Study.Declared.FirstOrDefault(d => d.Id == q))?.Direction == Direction.HigherIsBetter ? "higher" : "lower",
            }),
            Weights = weights,
            Mode = document.Ranking is { Count: > 0 } r && r[0].Utility is null ? "lexicographic" : "utility",
            Recommended = document.Recommended?.Candidate,
            Ranking = (document.Ranking ?? []).Select(e => new { e.Candidate, e.Rank, e.Utility, e.UtilityHalfWidth, e.OnFrontier, e.TiedAtTop }),
            // Per pair of candidates and per quality, the scaled noise of the difference of their figures, as the
            // library's tie rule uses it (paired for fold scores of the same splits).
            Margins = shown.Select(a => shown.Select(b => scales.Select(scale => a == b || scale is null ? 0
                : scale.DifferenceHalfWidth(byName[a].Qualities.GetValueOrDefault(scale.Quality), byName[b].Qualities.GetValueOrDefault(scale.Quality))))),
            Candidates = shown.Select(s =>
            {
                var measured = byName[s].Qualities;
                return new
                {
                    Id = s,
                    Frontier = frontier.Contains(s),
                    Contender = frontier.Contains(s) && !outranked.Contains(s),
                    Interpretable = byName[s].Capabilities.Contains("interpretable"),
                    Parameters = measured.TryGetValue(QualityIds.Parameters, out var p) && p.IsAvailable ? (double?)p.Value : null,
                    Scaled = scales.Select(scale => scale?.Scaled(measured.TryGetValue(scale.Quality, out var v) && v.IsAvailable ? v.Value : double.NaN) ?? 0),
                    HalfWidths = scales.Select(scale => scale?.HalfWidth(measured.GetValueOrDefault(scale.Quality)) ?? 0),
                };
            }),
        };
        return JsonSerializer.Serialize(payload, Options);
    }

    // The run's scale; a document written before scales existed gets the reference scale, as selection would use now.
    private static QualityScale? Scale(ResultsDocument document, string quality) =>
        document.Scales?.FirstOrDefault(s => s.Quality == quality)
        ?? (QualityCatalog.Find(quality) is { Direction: not Direction.None } ? QualityScale.For(quality) : null);
}
