using Tradeoff.Reporting.Plots;
using Tradeoff.Reporting.Text;
using Tradeoff.Selection;

namespace Tradeoff.Reporting.Markdown;

/// <summary>The selection section: elimination trail with verdicts, frontier, ranking with sensitivity, recommendation, what-if.</summary>
public static partial class MarkdownReport
{
    private static void WriteSelection(ResultsDocument document, TextWriter writer)
    {
        if (document.Eliminated is null && document.Frontier is null && document.Ranking is null)
        {
            return;
        }

        WriteElimination(document, writer);
        WriteFrontier(document, writer);
        WriteRanking(document, writer);
        WriteWhatIf(document, writer);
        foreach (var note in document.SelectionNotes ?? [])
        {
            writer.WriteLine("> **Note:** " + MarkdownTable.Escape(note));
            writer.WriteLine();
        }
    }

    private static void WriteElimination(ResultsDocument document, TextWriter writer)
    {
        var eliminated = document.Eliminated ?? [];
        var verdicts = document.Verdicts ?? [];
        if (eliminated.Count == 0 && verdicts.Count == 0)
        {
            return;
        }

        writer.WriteLine("## Elimination");
        writer.WriteLine();
        foreach (var e in eliminated)
        {
            writer.WriteLine($"- ✗ **{MarkdownTable.Escape(e.Candidate)}** ({StageText(e.Stage)}): {MarkdownTable.Escape(string.Join("; ", e.Reasons))}");
        }

        foreach (var (candidate, constraints) in document.Flagged ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            writer.WriteLine($"- ? **{MarkdownTable.Escape(candidate)}** kept, inconclusive on: {MarkdownTable.Escape(string.Join("; ", constraints))}");
        }

        if (eliminated.Count > 0 || document.Flagged?.Count > 0)
        {
            writer.WriteLine();
        }

        if (verdicts.Count > 0)
        {
            MarkdownTable.Write(
                writer,
                ["technique", "constraint", "value", "limit", "margin", "verdict"],
                verdicts.Select(v => (IReadOnlyList<string>)[v.Candidate, v.Constraint, VerdictValue(v), v.LimitDerivation, Margin(v), VerdictText(v)]));
        }
    }

    private static void WriteFrontier(ResultsDocument document, TextWriter writer)
    {
        if (document.Frontier is not { } frontier || frontier.Objectives.Count == 0)
        {
            return;
        }

        writer.WriteLine("## Pareto frontier");
        writer.WriteLine();
        writer.WriteLine($"Over {string.Join(", ", frontier.Objectives.Select(o => o + Arrow(o)))}: **{MarkdownTable.Escape(string.Join(", ", frontier.Members))}**.");
        writer.WriteLine();
        if (frontier.DominatedBy.Count > 0)
        {
            MarkdownTable.Write(writer, ["dominated technique", "dominated by"], frontier.DominatedBy.Select(d => (IReadOnlyList<string>)[d.Key, d.Value]));
        }

        foreach (var (candidate, missing) in frontier.Incomplete)
        {
            writer.WriteLine($"- {MarkdownTable.Escape(candidate)} lacks {MarkdownTable.Escape(string.Join(", ", missing))} (counted as worst there)");
        }

        if (frontier.Incomplete.Count > 0)
        {
            writer.WriteLine();
        }

        foreach (var plot in ReportPlots.Pareto(document))
        {
            WritePlot(writer, plot);
        }
    }

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
            writer.WriteLine("By utility: each quality min-max normalized across the survivors (1 the best), weighted by " + WeightsText(weights) + "; frontier techniques first.");
        }
        else
        {
            writer.WriteLine("By the study's lexicographic priorities; frontier techniques first.");
        }

        writer.WriteLine();
        MarkdownTable.Write(
            writer,
            ["rank", "technique", "utility", "frontier"],
            ranking.Select(r => (IReadOnlyList<string>)[r.Rank.ToString(Invariant), r.Candidate, r.Utility is double u ? u.ToString("0.000", Invariant) : "-", r.OnFrontier ? "◆" : string.Empty]),
            [true, false, true, false]);

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
                sensitivity.Winning.Select(w => (IReadOnlyList<string>)[w.Candidate, w.Weights is null ? "none found" : WeightsText(w.Weights), w.Source]));
        }
    }

    private static void WriteWhatIf(ResultsDocument document, TextWriter writer)
    {
        var whatIf = document.WhatIf ?? [];
        if (whatIf.Count == 0)
        {
            return;
        }

        writer.WriteLine("## What if");
        writer.WriteLine();
        foreach (var w in whatIf)
        {
            writer.WriteLine("- " + MarkdownTable.Escape(w.Text));
        }

        writer.WriteLine();
    }

    internal static string StageText(EliminationStage stage) => stage == EliminationStage.BeforeMeasuring ? "before measuring" : "after measuring";

    internal static string VerdictText(Verdict verdict) =>
        verdict.Outcome.ToString().ToUpperInvariant() + (verdict.Note is null ? string.Empty : ": " + verdict.Note);

    internal static string VerdictValue(Verdict v)
    {
        if (v.Value is not double value)
        {
            return "not measured";
        }

        var text = QualityFormat.Value(value, v.Unit);
        return v.Lower is double l && v.Upper is double u
            ? $"{text} [{QualityFormat.Value(l, v.Unit)}, {QualityFormat.Value(u, v.Unit)}]"
            : text;
    }

    internal static string Margin(Verdict v) => v.Margin is double m
        ? (m >= 0 ? "+" : "-") + QualityFormat.Value(Math.Abs(m), v.Unit)
        : "-";

    internal static string WeightsText(IReadOnlyDictionary<string, double> weights) =>
        string.Join(", ", weights.Select(w => $"{w.Key} {w.Value.ToString("0.##", Invariant)}"));
}
