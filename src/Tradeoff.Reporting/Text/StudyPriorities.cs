using System.Globalization;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Text;

/// <summary>
/// The objectives and weights a run was ranked by, as the selection used them: the study section and the ranking of
/// every report say the same thing, also when the study named none and the defaults applied.
/// </summary>
internal static class StudyPriorities
{
    /// <summary>The frontier's objectives as used, else the study's; empty when there are none.</summary>
    public static IReadOnlyList<string> Objectives(ResultsDocument document) =>
        document.Frontier is { Objectives.Count: > 0 } frontier ? frontier.Objectives : document.Study.Objectives;

    /// <summary>
    /// The weights as used (<c>accuracy 0.6, latency.p99 0.3</c>), the lexicographic priorities when those ranked,
    /// the study's weights when there was no selection; empty when there are none.
    /// </summary>
    public static string Weights(ResultsDocument document)
    {
        if (document.Priorities is { Count: > 0 } priorities)
        {
            return "none: ranked by the priorities " + string.Join(", ", priorities.Select(p => p.Quality));
        }

        return WeightsText(document.Weights ?? document.Study.Weights);
    }

    /// <summary>Weights as <c>quality weight</c> pairs, three decimals at most.</summary>
    public static string WeightsText(IReadOnlyDictionary<string, double> weights) =>
        string.Join(", ", weights.Select(w => $"{w.Key} {w.Value.ToString("0.###", CultureInfo.InvariantCulture)}"));
}
