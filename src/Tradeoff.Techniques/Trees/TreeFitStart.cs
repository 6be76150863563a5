using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Trees;

/// <summary>What every tree fit (one tree, a forest) starts from: the rows binned once, the criterion for the task and, for entropy, its table.</summary>
internal readonly record struct TreeFitStart(BinnedData Data, SplitCriterion Criterion, double[]? EntropyTable)
{
    public static TreeFitStart Of(Dataset training, TreeOptions options, FitContext context, string techniqueId)
    {
        if (training.RowCount == 0)
        {
            throw new InputException($"{training.Source}: no training rows for '{techniqueId}'.");
        }

        var data = BinnedData.Create(training, options.MaxBins, context.Threads, context.CancellationToken);
        var criterion = options.CriterionFor(training.Task);
        return new(data, criterion, criterion == SplitCriterion.Entropy ? EntropyImpurity.Table(training.RowCount) : null);
    }
}
