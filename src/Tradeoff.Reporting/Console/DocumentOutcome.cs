using Tradeoff.Core.Results;
using Tradeoff.Runs;
using Tradeoff.Selection;

namespace Tradeoff.Reporting.Console;

/// <summary>
/// A stored run's results document as the outcome the console renders, so that <c>tradeoff show</c> prints the very
/// decision <c>tradeoff run</c> printed: the document keeps every part of the selection.
/// </summary>
public static class DocumentOutcome
{
    /// <summary>The outcome <paramref name="document"/> records; its selection is null when the run made none.</summary>
    public static RunOutcome Of(ResultsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new RunResult { Study = document.Study, Environment = document.Environment, Techniques = document.Techniques };
        return new RunOutcome(result, Selection(document), document.Interrupted);
    }

    private static SelectionResult? Selection(ResultsDocument d)
    {
        if (d.Frontier is null && d.Ranking is null && d.Eliminated is null)
        {
            return null;
        }

        return new SelectionResult
        {
            Eliminated = d.Eliminated ?? [],
            Verdicts = d.Verdicts ?? [],
            Flagged = d.Flagged ?? new Dictionary<string, IReadOnlyList<string>>(),
            Survivors = d.Survivors ?? [],
            Objectives = d.Frontier?.Objectives ?? [],
            Weights = d.Weights ?? new Dictionary<string, double>(),
            Frontier = d.Frontier?.Members ?? [],
            DominatedBy = d.Frontier?.DominatedBy ?? new Dictionary<string, string>(),
            Ties = d.Frontier?.Ties ?? [],
            Incomplete = d.Frontier?.Incomplete ?? new Dictionary<string, IReadOnlyList<string>>(),
            Scales = d.Scales ?? [],
            Ranking = d.Ranking ?? [],
            Priorities = d.Priorities ?? [],
            Recommended = d.Recommended,
            Sensitivity = d.Sensitivity,
            WhatIf = d.WhatIf ?? [],
            Notes = d.SelectionNotes ?? [],
        };
    }
}
