using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.ModelCards;

/// <summary>The quantitative analyses (overall and per group, with intervals) and the ethical considerations of a model card.</summary>
internal static class ModelCardAnalyses
{
    public static CardSection Build(ReportModel report, TechniqueResult model)
    {
        var blocks = new List<CardBlock>();
        var overall = model.Qualities
            .Where(q => q.Value.IsAvailable && q.Value.Unit is "fraction" or "nats" or "target" && !q.Key.StartsWith(FairnessIds.Prefix, StringComparison.Ordinal))
            .OrderBy(q => Plots.ParallelPlot.QualityOrder(q.Key)).ThenBy(q => q.Key, StringComparer.Ordinal)
            .Select(q => (IReadOnlyList<string>)[q.Key, QualityFormat.Value(q.Value.Value, q.Value.Unit), Interval(q.Value), q.Value.SampleCount is int n ? QualityFormat.Count(n) : "-"])
            .ToList();
        if (overall.Count > 0)
        {
            blocks.Add(new CardParagraph("Overall, with 95% intervals:"));
            blocks.Add(new CardTable(["quality", "value", "95% interval", "samples"], overall));
        }

        var attributes = report.ProtectedAttributes;
        if (attributes.Count == 0)
        {
            blocks.Add(new CardParagraph("No disaggregated analysis: the study requested no fairness quality (no protected attribute)."));
            return new CardSection("Quantitative analyses", blocks);
        }

        foreach (var attribute in attributes)
        {
            var gaps = model.Qualities.Where(q => q.Key.StartsWith(FairnessIds.Prefix + attribute + ".", StringComparison.Ordinal)).OrderBy(q => q.Key, StringComparer.Ordinal).ToList();
            blocks.Add(new CardParagraph($"By '{attribute}': gaps between its groups, with 95% bootstrap intervals:"));
            blocks.Add(new CardTable(["quality", "gap", "95% interval"], gaps.Select(g => (IReadOnlyList<string>)[
                g.Key,
                g.Value.IsAvailable ? QualityFormat.Value(g.Value.Value, g.Value.Unit) : ModelCard.NotAvailable(g.Value),
                Interval(g.Value)]).ToList()));
            var details = gaps.Select(g => g.Value.Details).FirstOrDefault(d => d is not null && d.Keys.Any(k => k.EndsWith(" size", StringComparison.Ordinal)));
            if (details is not null)
            {
                var rows = GroupRates.Rows(details, out var header);
                blocks.Add(new CardParagraph($"Per group of '{attribute}' (accuracy and selection rate with Wilson 95% intervals; TPR and FPR are point estimates):"));
                blocks.Add(new CardTable(header, rows));
            }
        }

        return new CardSection("Quantitative analyses", blocks);
    }

    public static CardSection Ethics(ResultsDocument document, TechniqueResult model)
    {
        var items = new List<string>();
        var fairness = model.Qualities.Where(q => q.Key.StartsWith(FairnessIds.Prefix, StringComparison.Ordinal) && q.Value.IsAvailable).ToList();
        if (fairness.Count == 0)
        {
            items.Add("No fairness quality was measured: how the model treats groups of people is unknown. Measure it (data: { protected: [...] }) before the model decides about people.");
        }
        else
        {
            var worst = fairness.MaxBy(q => q.Value.Value);
            items.Add($"The largest measured gap is {worst.Key} = {QualityFormat.Value(worst.Value.Value, worst.Value.Unit)}{Suffix(Interval(worst.Value))}.");
        }

        var constraints = (document.Verdicts ?? []).Where(v => v.Candidate == model.Name && v.Quality.StartsWith(FairnessIds.Prefix, StringComparison.Ordinal)).ToList();
        items.AddRange(constraints.Select(v => $"Fairness constraint '{v.Constraint}': {v.Outcome.ToString().ToUpperInvariant()}{(v.Note is null ? string.Empty : " (" + v.Note + ")")}"));
        if (!model.Capabilities.Contains("interpretable"))
        {
            items.Add("The model is not intrinsically interpretable: a person cannot follow its decisions; explanations are approximations.");
        }

        items.Add("The model reproduces patterns of its training data, including historical bias; a group absent or small in the data is served worse.");
        return new CardSection("Ethical considerations", [new CardBullets(items)]);
    }

    private static string Interval(QualityValue value) =>
        value.Lower is double l && value.Upper is double u ? $"[{QualityFormat.Value(l, value.Unit)}, {QualityFormat.Value(u, value.Unit)}]" : "-";

    private static string Suffix(string interval) => interval == "-" ? string.Empty : " (95% interval " + interval + ")";
}
