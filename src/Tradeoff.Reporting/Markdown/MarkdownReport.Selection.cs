using Tradeoff.Core.Qualities;
using Tradeoff.Reporting.Plots;
using Tradeoff.Runs;
using Tradeoff.Selection;

namespace Tradeoff.Reporting.Markdown;

/// <summary>The selection section: elimination trail with verdicts, frontier, then the ranking (Ranking.cs), what-if.</summary>
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

        var notes = frontier.Incomplete.Select(p => $"{p.Key} lacks {string.Join(", ", p.Value)} (counted as worst there)")
            .Concat((frontier.Ties ?? []).Select(t => t.Text))
            .ToList();
        foreach (var note in notes)
        {
            writer.WriteLine("- " + MarkdownTable.Escape(note));
        }

        if (notes.Count > 0)
        {
            writer.WriteLine();
        }

        foreach (var plot in ReportPlots.Pareto(document))
        {
            WritePlot(writer, plot);
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
        ? (m >= 0 ? "+" : "-") + QualityFormat.Difference(m, v.Unit)
        : "-";
}
