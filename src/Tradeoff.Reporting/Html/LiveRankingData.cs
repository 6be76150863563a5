using System.Text.Json;
using Tradeoff.Core.Qualities;

namespace Tradeoff.Reporting.Html;

/// <summary>
/// What the page's script needs to re-rank the survivors under new weights: the considered qualities (objectives,
/// then weighted qualities, as Tradeoff.Selection orders them), the weights as used, the survivors' raw values and
/// frontier flags, and the document's own ranking.
/// </summary>
internal static class LiveRankingData
{
    // The default encoder escapes <, >, & and quotes as \uXXXX, so no text from data can close the <script> element.
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Json(ResultsDocument document)
    {
        var weights = document.Weights ?? new Dictionary<string, double>();
        var qualities = (document.Frontier?.Objectives ?? []).Concat(weights.Keys).Distinct(StringComparer.Ordinal).ToList();
        var frontier = document.Frontier?.Members ?? [];
        var survivors = document.Survivors ?? document.Ranking?.Select(r => r.Candidate).ToList() ?? [];
        var byName = document.Techniques.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var payload = new
        {
            Qualities = qualities.Select(q => new
            {
                Id = q,
                Direction = QualityCatalog.Find(q)?.Direction == Direction.HigherIsBetter ? "higher" : "lower",
            }),
            Weights = weights,
            Mode = document.Ranking is { Count: > 0 } r && r[0].Utility is null ? "lexicographic" : "utility",
            Recommended = document.Recommended?.Candidate,
            Ranking = (document.Ranking ?? []).Select(e => new { e.Candidate, e.Rank, e.Utility, e.OnFrontier }),
            Candidates = survivors.Where(byName.ContainsKey).Select(s => new
            {
                Id = s,
                Frontier = frontier.Contains(s),
                Values = qualities.Select(q => byName[s].Qualities.TryGetValue(q, out var v) && v.IsAvailable ? (double?)v.Value : null),
            }),
        };
        return JsonSerializer.Serialize(payload, Options);
    }
}
