using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Reporting.Plots;
using Tradeoff.Reporting.Text;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Markdown;

/// <summary>The tuning section: the plot of every configuration tried, then per tuned technique its facts and every trial.</summary>
public static partial class MarkdownReport
{
    private static void WriteTuning(ResultsDocument document, TextWriter writer)
    {
        var tuned = TuningText.Tuned(document.Techniques);
        if (tuned.Count == 0)
        {
            return;
        }

        writer.WriteLine("## Tuning");
        writer.WriteLine();
        writer.WriteLine(TuningText.Introduction);
        writer.WriteLine();
        foreach (var plot in ReportPlots.Tuning(document))
        {
            WritePlot(writer, plot);
        }

        foreach (var technique in tuned)
        {
            WriteTuning(document, technique, writer);
        }
    }

    private static void WriteTuning(ResultsDocument document, TechniqueResult technique, TextWriter writer)
    {
        var tuning = technique.Tuning!;
        writer.WriteLine("### " + MarkdownTable.Escape(technique.Name));
        writer.WriteLine();
        foreach (var (term, text, _) in TuningText.Facts(tuning))
        {
            writer.WriteLine($"- **{term}:** {MarkdownTable.Escape(text)}");
        }

        writer.WriteLine();
        if (tuning.Trials.Count == 0)
        {
            writer.WriteLine("No configuration was tried.");
            writer.WriteLine();
            return;
        }

        var columns = TuningText.Columns(tuning, compact: false);
        var header = new List<string> { "trial", string.Empty, "settings" };
        header.AddRange(columns.Select(q => TuningText.Header(q) + Arrow(q)));
        header.AddRange(["time", "status"]);
        var rows = tuning.Trials.Select(trial =>
        {
            var instance = TuningText.InstanceOf(document.Techniques, technique, trial.Index);
            var row = new List<string> { trial.Index.ToString(Invariant), TuningText.Marks(tuning, trial), TuningText.Settings(trial.Settings) + (instance is null ? string.Empty : $" (row {instance})") };
            row.AddRange(columns.Select(q => TuningText.Cell(trial, q)));
            row.AddRange([QualityFormat.Seconds(trial.Seconds), TuningText.Status(trial)]);
            return (IReadOnlyList<string>)row;
        });
        var aligned = new List<bool> { true, false, false };
        aligned.AddRange(columns.Select(_ => true));
        aligned.AddRange([true, false]);
        MarkdownTable.Write(writer, header, rows, aligned);
        writer.WriteLine($"{TuningText.ChosenMark} chosen, {TuningText.FrontierMark} on the configuration frontier. Figures are from the {tuning.InnerFolds.ToString(Invariant)}-fold inner cross-validation (mean ± standard deviation; sizes and times of the inner-fold models); time is the whole trial.");
        writer.WriteLine();
    }
}
