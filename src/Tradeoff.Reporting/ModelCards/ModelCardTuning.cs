using System.Globalization;
using Tradeoff.Core.Results;
using Tradeoff.Reporting.Text;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.ModelCards;

/// <summary>What a model card says about tuning: the settings chosen, how, and how the model's figures were estimated.</summary>
internal static class ModelCardTuning
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Model-detail lines for a tuned model, or for one that measures a configuration of another's tuning.</summary>
    public static IEnumerable<string> Details(ResultsDocument document, TechniqueResult model)
    {
        if (model.Tuning is { } tuning)
        {
            yield return $"Settings chosen by tuning: {TuningText.Chosen(tuning)} ({TuningText.Search(tuning)})";
            if (!string.IsNullOrWhiteSpace(tuning.Reason))
            {
                yield return "How they were chosen: " + tuning.Reason;
            }

            if (!string.IsNullOrWhiteSpace(tuning.Evaluation))
            {
                yield return "How its predictive qualities were estimated: " + tuning.Evaluation;
            }

            yield break;
        }

        if (TuningText.Origin(document.Techniques, model) is { } origin)
        {
            var (tuned, trial) = origin;
            var index = trial.Index.ToString(Invariant);
            yield return $"Configuration: trial {index} of {tuned.Name}'s tuning ({TuningText.Settings(trial.Settings)}), "
                + $"{(tuned.Tuning!.Frontier.Contains(trial.Index) ? "on its configuration frontier" : "not on its configuration frontier")}; "
                + "measured as an ordinary technique with these settings fixed, so its predictive qualities come from the study's protocol, not from nested cross-validation";
            if (!string.IsNullOrWhiteSpace(tuned.Tuning.Reason))
            {
                yield return $"The tuning of {tuned.Name} itself chose {TuningText.Chosen(tuned.Tuning)}: {tuned.Tuning.Reason}";
            }
        }
    }

    /// <summary>Caveats of a tuned model: a search the budget cut short, outer folds that disagreed on the settings.</summary>
    public static IEnumerable<string> Caveats(TechniqueResult model)
    {
        if (model.Tuning is not { } tuning)
        {
            yield break;
        }

        if (tuning.BudgetReached)
        {
            yield return $"Tuning reached its time budget: {tuning.Trials.Count.ToString(Invariant)} of {tuning.TrialsPlanned.ToString(Invariant)} planned configurations were tried on all training rows; a longer search may find better settings.";
        }

        if (TuningText.FoldChoices(tuning) is { } choices)
        {
            yield return $"The searches inside the outer folds chose different settings ({choices}): the chosen settings are one good configuration among several, not the only one.";
        }
    }
}
