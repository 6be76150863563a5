using System.Globalization;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;

namespace Tradeoff.Reporting.Text;

/// <summary>
/// The facts of a technique's tuning in words, shared by the console, the Markdown and the HTML reports and the model
/// card, so that every output says the same thing the same way.
/// </summary>
internal static class TuningText
{
    /// <summary>What the tuning section is, for the Markdown and HTML reports.</summary>
    public const string Introduction =
        "Each technique with a search space was tuned: every configuration tried was scored by cross-validation inside the training rows (the inner folds). "
        + "Its row in the quality table is the chosen configuration, measured in full; how its predictive qualities were estimated is under Evaluation.";

    public const string ChosenMark = "★";
    public const string FrontierMark = "◆";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // The complexity figures a reader looks at first when the console has room for only some.
    private static readonly string[] ComplexityPreference =
        [QualityIds.ComplexityRules, QualityIds.ComplexityLeaves, QualityIds.ComplexityNonzeroCoefficients, QualityIds.ComplexityDepth, QualityIds.ComplexityMeanRuleLength];

    /// <summary>The techniques that were tuned, in document order.</summary>
    public static IReadOnlyList<TechniqueResult> Tuned(IEnumerable<TechniqueResult> techniques) =>
        techniques.Where(t => t.Tuning is not null).ToList();

    /// <summary>
    /// The facts of one tuned technique, in the order every report lists them: search, budget (the one that warns),
    /// chosen, why, evaluation, outer folds, frontier; an optional fact without text is left out.
    /// </summary>
    public static IReadOnlyList<(string Term, string Text, bool Warns)> Facts(TuningResult tuning)
    {
        var facts = new List<(string Term, string Text, bool Warns)> { ("Search", Search(tuning), false) };
        if (BudgetNote(tuning) is { } budget)
        {
            facts.Add(("Budget", budget, true));
        }

        facts.Add(("Chosen " + ChosenMark, Chosen(tuning), false));
        foreach (var (term, text) in new[] { ("Why", tuning.Reason), ("Evaluation", tuning.Evaluation), ("Outer folds chose", FoldChoices(tuning)) })
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                facts.Add((term, text, false));
            }
        }

        facts.Add(("Configuration frontier " + FrontierMark, Frontier(tuning), false));
        return facts;
    }

    /// <summary>One line: strategy, metric, trials done of planned, inner folds, search and nested time, the budget given.</summary>
    public static string Search(TuningResult tuning)
    {
        var text = $"{tuning.Strategy} search, {tuning.Trials.Count.ToString(Invariant)} of {tuning.TrialsPlanned.ToString(Invariant)} trials on {tuning.Metric}, "
            + $"{tuning.InnerFolds.ToString(Invariant)} inner folds; search {QualityFormat.Seconds(tuning.SearchSeconds)}";
        if (tuning.NestedSeconds > 0)
        {
            text += ", nested " + QualityFormat.Seconds(tuning.NestedSeconds);
        }

        return tuning.BudgetSeconds is double budget ? text + "; budget " + QualityFormat.Seconds(budget) : text;
    }

    /// <summary>"budget reached" with what it means, or null when the budget did not stop a search.</summary>
    public static string? BudgetNote(TuningResult tuning) =>
        tuning.BudgetReached ? "budget reached: a search stopped before its planned trials" : null;

    /// <summary><c>max-depth=5, min-rows-per-leaf=22</c>; "defaults" when empty.</summary>
    public static string Settings(IReadOnlyDictionary<string, string> settings, string separator = ", ") =>
        settings.Count == 0 ? "defaults" : string.Join(separator, settings.Select(s => $"{s.Key}={s.Value}"));

    public static TrialResult? ChosenTrial(TuningResult tuning) =>
        tuning.Chosen is int chosen ? tuning.Trials.FirstOrDefault(t => t.Index == chosen) : null;

    /// <summary>The chosen configuration: its trial and searched settings, then what the study fixed.</summary>
    public static string Chosen(TuningResult tuning)
    {
        if (ChosenTrial(tuning) is not { } trial)
        {
            return "none: no configuration could be fitted";
        }

        var text = $"trial {trial.Index.ToString(Invariant)}: {Settings(trial.Settings)}";
        return tuning.Fixed.Count == 0 ? text : $"{text}; fixed by the study: {Settings(tuning.Fixed)}";
    }

    /// <summary>The frontier in words: its trials and the qualities it is over.</summary>
    public static string Frontier(TuningResult tuning) =>
        tuning.Frontier.Count == 0
            ? "no configuration frontier (no trial was measured)"
            : $"{(tuning.Frontier.Count == 1 ? "trial" : "trials")} {string.Join(", ", tuning.Frontier.Select(i => i.ToString(Invariant)))} over {string.Join(", ", tuning.FrontierObjectives)}";

    /// <summary>
    /// How often each configuration was chosen across the outer folds, most often first (<c>a=1,b=2 (6 of 10), ...</c>); null when there were no outer
    /// folds or every fold chose the same.
    /// </summary>
    public static string? FoldChoices(TuningResult tuning)
    {
        var groups = tuning.NestedChoices
            .Select(c => Settings(c, ","))
            .GroupBy(s => s, StringComparer.Ordinal)
            .Select((g, first) => (Text: g.Key, Count: g.Count(), First: first))
            .OrderByDescending(g => g.Count).ThenBy(g => g.First)
            .ToList();
        if (groups.Count < 2)
        {
            return null;
        }

        var total = tuning.NestedChoices.Count.ToString(Invariant);
        return string.Join(", ", groups.Select(g => $"{g.Text} ({g.Count.ToString(Invariant)} of {total})"));
    }

    /// <summary>
    /// The quality columns of a trial table: the metric, model size, then parameters and complexity figures, then
    /// train time. <paramref name="compact"/> keeps at most two complexity figures and drops parameters (the console).
    /// </summary>
    public static IReadOnlyList<string> Columns(TuningResult tuning, bool compact)
    {
        var present = tuning.Trials.SelectMany(t => t.Qualities.Where(q => q.Value.IsAvailable).Select(q => q.Key)).ToHashSet(StringComparer.Ordinal);
        var complexity = present.Where(q => q.StartsWith("complexity.", StringComparison.Ordinal))
            .OrderBy(q => tuning.FrontierObjectives.Contains(q) ? 0 : 1)
            .ThenBy(q => Array.IndexOf(ComplexityPreference, q) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(q => q, StringComparer.Ordinal)
            .ToList();
        var columns = new List<string> { tuning.Metric, QualityIds.ModelSize };
        if (!compact)
        {
            columns.Add(QualityIds.Parameters);
        }

        columns.AddRange(compact ? complexity.Take(2) : complexity);
        columns.Add(QualityIds.TrainTime);
        return columns.Where(present.Contains).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A column title: complexity figures without their prefix, to keep tables narrow.</summary>
    public static string Header(string quality) =>
        quality.StartsWith("complexity.", StringComparison.Ordinal) ? quality["complexity.".Length..] : quality;

    public static string Cell(TrialResult trial, string quality) =>
        trial.Qualities.TryGetValue(quality, out var value) && value.IsAvailable ? QualityFormat.Format(value) : "-";

    /// <summary>★ for the chosen trial, ◆ for one on the configuration frontier.</summary>
    public static string Marks(TuningResult tuning, TrialResult trial) =>
        string.Join(" ", new[] { tuning.Chosen == trial.Index ? ChosenMark : null, tuning.Frontier.Contains(trial.Index) ? FrontierMark : null }.OfType<string>());

    public static string Status(TrialResult trial) =>
        trial.Status == TechniqueStatus.Measured ? "measured" : $"{trial.Status.ToString().ToLowerInvariant()}: {trial.Message}";

    /// <summary>
    /// For an instance named <c>NAME#N</c> (with <c>candidates: frontier</c>): the tuned technique NAME and its trial N
    /// whose configuration the instance measures in full; null for any other instance.
    /// </summary>
    public static (TechniqueResult Tuned, TrialResult Trial)? Origin(IEnumerable<TechniqueResult> techniques, TechniqueResult technique)
    {
        var hash = technique.Name.LastIndexOf('#');
        if (hash <= 0 || !int.TryParse(technique.Name.AsSpan(hash + 1), NumberStyles.None, Invariant, out var index))
        {
            return null;
        }

        var name = technique.Name[..hash];
        var tuned = techniques.FirstOrDefault(t => t.Name == name && t.Tuning is not null);
        var trial = tuned?.Tuning!.Trials.FirstOrDefault(t => t.Index == index);
        return tuned is not null && trial is not null ? (tuned, trial) : null;
    }

    /// <summary>The instance that measures trial <paramref name="index"/> of <paramref name="tuned"/> in full, if the run has one.</summary>
    public static string? InstanceOf(IEnumerable<TechniqueResult> techniques, TechniqueResult tuned, int index)
    {
        var name = $"{tuned.Name}#{index.ToString(Invariant)}";
        return techniques.Any(t => t.Name == name) ? name : null;
    }
}
