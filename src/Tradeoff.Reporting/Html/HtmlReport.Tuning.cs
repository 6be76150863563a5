using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Reporting.Plots;
using Tradeoff.Reporting.Text;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Html;

/// <summary>The tuning section: the plot of every configuration tried, then per tuned technique its facts and every trial.</summary>
public static partial class HtmlReport
{
    private static void WriteTuning(ResultsDocument document, TextWriter writer)
    {
        var tuned = TuningText.Tuned(document.Techniques);
        if (tuned.Count == 0)
        {
            return;
        }

        writer.WriteLine("<section id=\"tuning\">");
        writer.WriteLine("<h2>Tuning</h2>");
        writer.WriteLine("<p>" + E(TuningText.Introduction) + "</p>");
        WriteFigures(writer, ReportPlots.Tuning(document));
        foreach (var technique in tuned)
        {
            WriteTuning(document, technique, writer);
        }

        writer.WriteLine("</section>");
    }

    private static void WriteTuning(ResultsDocument document, TechniqueResult technique, TextWriter writer)
    {
        var tuning = technique.Tuning!;
        writer.WriteLine($"<h3 id=\"tuning-{E(Plots.PlotNames.Safe(technique.Name))}\">{E(technique.Name)}</h3>");
        writer.WriteLine("<dl class=\"facts\">");
        foreach (var (term, text, warns) in TuningText.Facts(tuning))
        {
            writer.WriteLine(warns ? $"<dt>{E(term)}</dt><dd class=\"inconclusive\">{E(text)}</dd>" : $"<dt>{E(term)}</dt><dd>{E(text)}</dd>");
        }

        writer.WriteLine("</dl>");
        if (tuning.Trials.Count == 0)
        {
            writer.WriteLine("<p>No configuration was tried.</p>");
            return;
        }

        var columns = TuningText.Columns(tuning, compact: false);
        writer.Write("<div class=\"scroll\"><table class=\"sortable trials\"><thead><tr><th>trial</th><th>settings</th>");
        foreach (var q in columns)
        {
            writer.Write($"<th>{E(TuningText.Header(q))}{Arrow(q)}</th>");
        }

        writer.WriteLine("<th>time</th><th>status</th></tr></thead><tbody>");
        foreach (var trial in tuning.Trials)
        {
            var frontier = tuning.Frontier.Contains(trial.Index);
            var css = string.Join(" ", new[] { frontier ? "frontier" : null, trial.Index == tuning.Chosen ? "chosen" : null, trial.Status == TechniqueStatus.Measured ? null : "eliminated" }.OfType<string>());
            var badges = (trial.Index == tuning.Chosen ? $" <span class=\"badge chosen\">{TuningText.ChosenMark} chosen</span>" : string.Empty)
                + (frontier ? $" <span class=\"badge frontier\">{TuningText.FrontierMark} frontier</span>" : string.Empty);
            var instance = TuningText.InstanceOf(document.Techniques, technique, trial.Index) is { } name ? $" <span class=\"muted\">(row {E(name)})</span>" : string.Empty;
            writer.Write($"<tr{(css.Length == 0 ? string.Empty : $" class=\"{css}\"")}><td class=\"num\" data-sort=\"{trial.Index.ToString(Invariant)}\">{trial.Index.ToString(Invariant)}{badges}</td><td>{E(TuningText.Settings(trial.Settings))}{instance}</td>");
            foreach (var q in columns)
            {
                writer.Write(trial.Qualities.TryGetValue(q, out var v) ? QualityCell(v) : "<td class=\"num muted\">-</td>");
            }

            writer.WriteLine($"<td class=\"num\" data-sort=\"{Num(trial.Seconds)}\">{E(QualityFormat.Seconds(trial.Seconds))}</td><td>{E(TuningText.Status(trial))}</td></tr>");
        }

        writer.WriteLine("</tbody></table></div>");
        writer.WriteLine($"<p class=\"note\">Figures are from the {tuning.InnerFolds.ToString(Invariant)}-fold inner cross-validation (mean ± standard deviation; sizes and times of the inner-fold models); time is the whole trial. Click a header to sort.</p>");
    }
}
