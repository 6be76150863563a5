using Tradeoff.Core.Qualities;
using Tradeoff.Reporting.Text;
using Tradeoff.Runs;
using Tradeoff.Selection;

namespace Tradeoff.Reporting.Markdown;

/// <summary>The ranking: utilities with their noise, the tie at the top, the scales, the recommendation and its sensitivity.</summary>
public static partial class MarkdownReport
{
    private static void WriteRanking(ResultsDocument document, TextWriter writer)
    {
        var ranking = document.Ranking ?? [];
        if (ranking.Count == 0)
        {
            return;
        }

        writer.WriteLine("## Ranking");
        writer.WriteLine();
        if (document.Weights is { Count: > 0 } weights)
        {
            writer.WriteLine(UtilityRule(weights));
        }
        else
        {
            writer.WriteLine("By the study's lexicographic priorities; frontier techniques first.");
        }

        writer.WriteLine();
        MarkdownTable.Write(
            writer,
            ["rank", "technique", "utility", "frontier"],
            ranking.Select(r => (IReadOnlyList<string>)[r.Rank.ToString(Invariant), r.Candidate, QualityFormat.Utility(r.Utility, r.UtilityHalfWidth), Standing(r)]),
            [true, false, true, false]);
        WriteScales(document, writer);

        if (document.Recommended is { } recommended)
        {
            writer.WriteLine($"### Recommended: {MarkdownTable.Escape(recommended.Candidate)}");
            writer.WriteLine();
            foreach (var reason in recommended.Reasons)
            {
                writer.WriteLine("- " + MarkdownTable.Escape(reason));
            }

            writer.WriteLine();
        }

        WriteSensitivity(document, writer);
    }

    private static void WriteScales(ResultsDocument document, TextWriter writer)
    {
        if (document.Scales is not { Count: > 0 } scales)
        {
            return;
        }

        writer.WriteLine("Scales, fixed before measuring (0 the worst, 1 the best):");
        writer.WriteLine();
        foreach (var scale in scales)
        {
            writer.WriteLine("- " + MarkdownTable.Escape(scale.Text));
        }

        writer.WriteLine();
    }

    private static void WriteSensitivity(ResultsDocument document, TextWriter writer)
    {
        if (document.Sensitivity is not { } sensitivity)
        {
            return;
        }

        writer.WriteLine("### Sensitivity");
        writer.WriteLine();
        if (sensitivity.StayFirstShare is double share)
        {
            writer.WriteLine($"The recommendation stays first under {(share * 100).ToString("0", Invariant)}% of {sensitivity.Samples.ToString(Invariant)} random weightings drawn around the weights (Dirichlet, concentration {sensitivity.Concentration.ToString("0.##", Invariant)}, seed {sensitivity.Seed.ToString(Invariant)}).");
            writer.WriteLine();
        }

        if (sensitivity.Winning.Count > 0)
        {
            MarkdownTable.Write(
                writer,
                ["frontier technique", "a weighting under which it wins", "found by"],
                sensitivity.Winning.Select(w => (IReadOnlyList<string>)[w.Candidate, w.Weights is null ? "none found" : StudyPriorities.WeightsText(w.Weights), w.Source]));
        }
    }

    /// <summary>How the utility ranks, shared by the Markdown and HTML reports.</summary>
    internal static string UtilityRule(IReadOnlyDictionary<string, double> weights) =>
        $"By utility: the weighted sum ({StudyPriorities.WeightsText(weights)}) of each quality's scaled value (its place on a fixed scale listed below: 0 the worst, 1 the best, whatever the other techniques measured), ± the half-width of its 95% interval; frontier techniques first. Techniques within the noise of the highest utility are tied, and the simpler ranks first: interpretable, then fewer parameters, then the smaller id.";

    /// <summary>The frontier column of a rank entry: ◆ on the frontier, tied at the top, outranked inside a cycle.</summary>
    internal static string Standing(RankEntry entry) =>
        !entry.OnFrontier ? string.Empty
        : entry.TiedAtTop ? "◆ tied"
        : entry.OutrankedBy is { } by ? $"◆ outranked by {by}"
        : "◆";
}
