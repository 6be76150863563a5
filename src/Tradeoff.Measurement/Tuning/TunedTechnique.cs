using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Protocol;

namespace Tradeoff.Measurement.Tuning;

/// <summary>
/// The tuning procedure as a technique, for nested cross-validation: each fit searches on the rows it is given
/// (an outer training part), refits the best configuration on all of them and returns that model. The outer
/// cross-validation then scores the whole procedure on test parts no search has seen (Varma and Simon 2006;
/// Cawley and Talbot 2010), so the tuned technique's accuracy is not inflated by the choice. Protocol II's
/// held-out parts choose through it too (<see cref="ForPart"/>), so that no part's probes rest on a configuration
/// chosen with that part's held-out rows.
/// </summary>
internal sealed class TunedTechnique(SearchPlan plan, TuningSearch search, int trials, TimeSpan? timePerSearch) : ITechnique
{
    private readonly List<IReadOnlyDictionary<string, string>> _choices = [];
    private readonly List<IReadOnlyDictionary<string, string>> _partChoices = [];

    // A search is a function of its rows and seed (and of the clock, under a budget): asked again for the same
    // rows and seed, as protocol II's parts ask for the first folds' rows, the first answer stands.
    private readonly Dictionary<string, (IReadOnlyDictionary<string, string> Settings, ITechnique Technique)> _searched = new(StringComparer.Ordinal);

    public string Id => plan.Descriptor.Id;

    public TechniqueCapabilities Capabilities => plan.Descriptor.Capabilities;

    /// <summary>The configuration each fit chose, in the order of the fits.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Choices => _choices;

    /// <summary>The configuration each held-out part of protocol II chose, in the order of the parts.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> PartChoices => _partChoices;

    /// <summary>True when the time allowed stopped any fit's search before its trials.</summary>
    public bool BudgetReached { get; private set; }

    /// <summary>Seconds the fits spent searching.</summary>
    public double SearchSeconds { get; private set; }

    public IModel Fit(Dataset training, FitContext context)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(context);
        var (settings, technique) = Choose(training, context.Seed, $"nested search {_choices.Count + 1}", context.CancellationToken);
        _choices.Add(settings);
        return technique.Fit(training, context);
    }

    /// <summary>
    /// The technique a held-out part of protocol II refits with: the configuration a search on the part's training
    /// rows (<paramref name="training"/>, seeded from the part's <paramref name="fitSeed"/>) chose. A part that is an
    /// outer fold whose nested search already ran gets that search's choice.
    /// </summary>
    public (IReadOnlyDictionary<string, string> Settings, ITechnique Technique) ForPart(Dataset training, int fitSeed, CancellationToken cancellationToken)
    {
        var choice = Choose(training, fitSeed, $"part search {_partChoices.Count + 1}", cancellationToken);
        _partChoices.Add(choice.Settings);
        return choice;
    }

    // The procedure's models are the chosen configuration's models; they are saved and loaded through it, never through this.
    public IModel Load(Stream stream) => throw new NotSupportedException("A tuning procedure is not saved; its chosen configuration is.");

    private (IReadOnlyDictionary<string, string> Settings, ITechnique Technique) Choose(Dataset training, int fitSeed, string stage, CancellationToken cancellationToken)
    {
        var key = SearchKey.Of(training, fitSeed);
        if (_searched.TryGetValue(key, out var known))
        {
            return known;
        }

        var outcome = search.Run(training, trials, timePerSearch, Seeds.Derive(fitSeed, 61), stage, summarize: false, cancellationToken);
        BudgetReached |= outcome.BudgetReached;
        SearchSeconds += outcome.Seconds;
        var best = outcome.Best ?? throw new InvalidOperationException(
            $"no configuration of {plan.Name} could be fitted on a training part; first failure: {outcome.Trials.FirstOrDefault()?.Message}");
        var technique = FeaturizedTechnique.Wrap(plan.Descriptor.CreateChecked(new TechniqueSettings(plan.Name, plan.Merge(best.Settings))));
        return _searched[key] = (best.Settings, technique);
    }
}
