using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Protocol;

namespace Tradeoff.Measurement.Tuning;

/// <summary>
/// The tuning procedure as a technique, for nested cross-validation: each fit searches on the rows it is given
/// (an outer training part), refits the best configuration on all of them and returns that model. The outer
/// cross-validation then scores the whole procedure on test parts no search has seen (Varma and Simon 2006;
/// Cawley and Talbot 2010), so the tuned technique's accuracy is not inflated by the choice.
/// </summary>
internal sealed class TunedTechnique(SearchPlan plan, TuningSearch search, int trials, TimeSpan? timePerSearch) : ITechnique
{
    private readonly List<IReadOnlyDictionary<string, string>> _choices = [];

    public string Id => plan.Descriptor.Id;

    public TechniqueCapabilities Capabilities => plan.Descriptor.Capabilities;

    /// <summary>The configuration each fit chose, in the order of the fits.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Choices => _choices;

    /// <summary>True when the time allowed stopped any fit's search before its trials.</summary>
    public bool BudgetReached { get; private set; }

    /// <summary>Seconds the fits spent searching.</summary>
    public double SearchSeconds { get; private set; }

    public IModel Fit(Dataset training, FitContext context)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(context);
        var outcome = search.Run(training, trials, timePerSearch, Seeds.Derive(context.Seed, 61), $"nested search {_choices.Count + 1}", summarize: false, context.CancellationToken);
        BudgetReached |= outcome.BudgetReached;
        SearchSeconds += outcome.Seconds;
        var best = outcome.Best ?? throw new InvalidOperationException(
            $"no configuration of {plan.Name} could be fitted on a training part; first failure: {outcome.Trials.FirstOrDefault()?.Message}");
        _choices.Add(best.Settings);
        var technique = FeaturizedTechnique.Wrap(plan.Descriptor.CreateChecked(new TechniqueSettings(plan.Name, plan.Merge(best.Settings))));
        return technique.Fit(training, context);
    }

    // The procedure's models are the chosen configuration's models; they are saved and loaded through it, never through this.
    public IModel Load(Stream stream) => throw new NotSupportedException("A tuning procedure is not saved; its chosen configuration is.");
}
