using System.Globalization;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Runs;
using Tradeoff.Selection;

namespace Tradeoff.Reporting.ModelCards;

/// <summary>
/// The model card of the recommended model, after Mitchell et al. 2019 ("Model Cards for Model Reporting"): model
/// details, intended use, factors, metrics, evaluation data, quantitative analyses, ethical considerations and
/// caveats. Built once from the results document, rendered to Markdown (<see cref="ModelCardMarkdown"/>) and HTML.
/// </summary>
public static class ModelCard
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The technique the card is about: the recommendation, else null.</summary>
    public static TechniqueResult? Subject(ResultsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Recommended is { } r ? document.Techniques.FirstOrDefault(t => t.Name == r.Candidate) : null;
    }

    /// <summary>The card's title.</summary>
    public static string Title(ResultsDocument document) =>
        Subject(document) is { } t ? $"Model card: {t.Name} for {document.Study.Name}" : $"Model card: {document.Study.Name}";

    /// <summary>The card's sections; a single explanatory section when nothing was recommended.</summary>
    public static IReadOnlyList<CardSection> Build(ReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var document = report.Document;
        if (Subject(document) is not { } model)
        {
            return [new CardSection("No recommended model", [new CardParagraph(document.Ranking is null
                ? "The study did not ask for a selection, so no model is recommended and there is no model card."
                : "No technique survived the constraints, so no model is recommended; see the elimination trail and the what-if.")])];
        }

        return
        [
            Details(document, model),
            IntendedUse(document),
            Factors(report),
            Metrics(model),
            EvaluationData(document),
            ModelCardAnalyses.Build(report, model),
            ModelCardAnalyses.Ethics(document, model),
            Caveats(document, model),
            ModelCardUse.Build(document, model.Name),
        ];
    }

    private static CardSection Details(ResultsDocument document, TechniqueResult model)
    {
        var e = document.Environment;
        // The tool's own assembly is "tradeoff", not a Tradeoff.* library: its version is recorded apart (older documents lack it).
        var version = e.ToolVersion ?? (e.Libraries.TryGetValue("Tradeoff", out var v) ? v : null);
        var settings = model.Settings.Count == 0 ? "the technique's defaults" : string.Join(", ", model.Settings.Select(s => $"{s.Key}={s.Value}"));
        var items = new List<string>
        {
            $"Technique: {model.TechniqueId} (instance '{model.Name}')",
            $"Settings: {settings}",
            $"Capabilities: {(model.Capabilities.Count == 0 ? "none" : string.Join(", ", model.Capabilities))}",
        };
        items.AddRange(ModelCardTuning.Details(document, model));
        AddValue(items, model, QualityIds.Parameters, "Parameters");
        if (model.Qualities.TryGetValue(QualityIds.Parameters, out var parameters) && parameters.Note is { } adapted)
        {
            // The defaults that adapt to the data, as the final fit set them (the Settings line has only the study's).
            items.Add("Adapted settings: " + adapted);
        }

        AddValue(items, model, QualityIds.ModelSize, "Size");
        items.Add($"Trained by Tradeoff{(version is null ? " (its version was not recorded in this run)" : " " + version)} on {e.StartedAt.ToString("yyyy-MM-dd", Invariant)}, seed {e.Seed.ToString(Invariant)}");
        if (document.Recommended is { } r)
        {
            items.Add("Why this model: " + r.Text);
        }

        return new CardSection("Model details", [new CardBullets(items)]);
    }

    private static CardSection IntendedUse(ResultsDocument document)
    {
        var s = document.Study;
        var use = string.IsNullOrWhiteSpace(s.Description) ? "The study gives no description of the component's use; write one in the study file (description:)." : s.Description.Trim();
        return new CardSection("Intended use", [
            new CardParagraph(use),
            new CardParagraph($"Task: {s.Task} of '{s.Target}'{(s.Positive is null ? string.Empty : $", positive class '{s.Positive}'")}. Uses outside this study's data and constraints were not evaluated."),
        ]);
    }

    private static CardSection Factors(ReportModel report)
    {
        var attributes = report.ProtectedAttributes;
        return new CardSection("Factors", [new CardParagraph(attributes.Count == 0
            ? "The study names no protected attribute, so no group factor was evaluated."
            : $"Protected attributes evaluated: {string.Join(", ", attributes)}. Results are disaggregated by their groups below.")]);
    }

    private static CardSection Metrics(TechniqueResult model)
    {
        var rows = model.Qualities.OrderBy(q => Plots.ParallelPlot.QualityOrder(q.Key)).ThenBy(q => q.Key, StringComparer.Ordinal)
            .Select(q => (IReadOnlyList<string>)[q.Key, q.Value.IsAvailable ? QualityFormat.Format(q.Value) : NotAvailable(q.Value), q.Value.Protocol ?? string.Empty])
            .ToList();
        return new CardSection("Metrics", [new CardTable(["quality", "value", "protocol"], rows)]);
    }

    /// <summary>
    /// Why a value is missing, said once: a reason that already says so ("not available", "not supported: ...",
    /// "not applicable: pre-trained") is not prefixed again.
    /// </summary>
    internal static string NotAvailable(QualityValue value) => value.NotAvailable switch
    {
        null or "" => "not available",
        var reason when reason.StartsWith("not ", StringComparison.OrdinalIgnoreCase) => reason,
        var reason => "not available: " + reason,
    };

    private static CardSection EvaluationData(ResultsDocument document)
    {
        var s = document.Study;
        var items = new List<string>
        {
            $"Training data: {s.Train} ({QualityFormat.Count(s.Rows)} rows, {s.Features.ToString(Invariant)} features)",
            s.Test is null ? "Test data: none given; held-out folds of the training data" : "Test data: " + s.Test,
            "Protocol: " + s.Protocol,
        };
        if (s.Classes.Count > 0)
        {
            items.Add("Classes: " + string.Join(", ", s.Classes));
        }

        items.AddRange(document.Environment.DataSha256.Select(d => $"SHA-256 of {d.Key}: {d.Value}"));
        return new CardSection("Evaluation data", [new CardBullets(items)]);
    }

    private static CardSection Caveats(ResultsDocument document, TechniqueResult model)
    {
        var items = new List<string>(document.Environment.Warnings);
        if (document.Interrupted)
        {
            items.Add("The run was interrupted: some qualities were not measured.");
        }

        items.AddRange(ModelCardTuning.Caveats(model));
        items.AddRange(model.Qualities.Where(q => q.Value.IsAvailable && q.Value.Estimated).Select(q => $"{q.Key} is an estimate, not a measurement: {q.Value.Protocol ?? "see the protocol"}"));
        items.AddRange(model.Qualities.Where(q => !q.Value.IsAvailable).Select(q => $"{q.Key} was not measured: {q.Value.NotAvailable}"));
        items.AddRange((document.Verdicts ?? []).Where(v => v.Candidate == model.Name && v.Outcome == Outcome.Inconclusive)
            .Select(v => $"Constraint '{v.Constraint}' is inconclusive for this model{(v.Note is null ? string.Empty : ": " + v.Note)}"));
        if (document.Sensitivity is { StayFirstShare: double share } && share < 0.5)
        {
            items.Add($"The recommendation is fragile: it stays first under only {(share * 100).ToString("0", Invariant)}% of weightings near the study's.");
        }

        items.Add("Figures were measured on the machine described in the report's environment; timings and energy differ elsewhere.");
        return new CardSection("Caveats and recommendations", [new CardBullets(items)]);
    }

    private static void AddValue(List<string> items, TechniqueResult model, string quality, string label)
    {
        if (model.Qualities.TryGetValue(quality, out var value) && value.IsAvailable)
        {
            items.Add($"{label}: {QualityFormat.Format(value)}");
        }
    }
}
