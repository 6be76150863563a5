namespace Tradeoff.Core.Results;

/// <summary>
/// How a technique was tuned: every configuration tried with its cheap qualities, the one chosen and why, the
/// configuration frontier, and how the tuned technique's predictive quality was estimated without bias.
/// </summary>
public sealed record TuningResult
{
    /// <summary><c>random</c> or <c>cost-frugal</c>.</summary>
    public required string Strategy { get; init; }

    /// <summary>The predictive quality configurations were compared on.</summary>
    public required string Metric { get; init; }

    /// <summary>Trials the study asked for.</summary>
    public int TrialsPlanned { get; init; }

    /// <summary>Folds of the inner cross-validation that scored each configuration.</summary>
    public int InnerFolds { get; init; }

    /// <summary>The settings the study fixed, which the search left alone.</summary>
    public IReadOnlyDictionary<string, string> Fixed { get; init; } = new Dictionary<string, string>();

    /// <summary>Every configuration tried on all training rows, in the order tried.</summary>
    public IReadOnlyList<TrialResult> Trials { get; init; } = [];

    /// <summary>The <see cref="TrialResult.Index"/> of the chosen configuration, or null when no trial succeeded.</summary>
    public int? Chosen { get; init; }

    /// <summary>Why that configuration, in words.</summary>
    public string? Reason { get; init; }

    /// <summary>The trials on the configuration frontier (non-dominated on <see cref="FrontierObjectives"/>), by index.</summary>
    public IReadOnlyList<int> Frontier { get; init; } = [];

    /// <summary>The qualities the configuration frontier is computed over.</summary>
    public IReadOnlyList<string> FrontierObjectives { get; init; } = [];

    /// <summary>Seconds the search on all training rows took.</summary>
    public double SearchSeconds { get; init; }

    /// <summary>
    /// Seconds the searches inside training parts took (nested cross-validation's outer parts, fairness's refitted
    /// folds, protocol II's held-out parts); 0 with a test set.
    /// </summary>
    public double NestedSeconds { get; init; }

    /// <summary>The time this technique's tuning was allowed (its share of the run's budget), or null without a budget.</summary>
    public double? BudgetSeconds { get; init; }

    /// <summary>True when the budget stopped a search before its planned trials.</summary>
    public bool BudgetReached { get; init; }

    /// <summary>How the technique's predictive qualities were estimated (nested cross-validation, or the test set).</summary>
    public string? Evaluation { get; init; }

    /// <summary>The configuration each outer training part's search chose, in fold order (nested cross-validation only).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> NestedChoices { get; init; } = [];

    /// <summary>
    /// The configuration each held-out part of protocol II used, chosen by a search on that part's training rows,
    /// in part order (cross-validation only; with a test set the one part is the run's own rows and choice).
    /// </summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> PartChoices { get; init; } = [];
}

/// <summary>One configuration tried by a tuner, with the qualities its inner cross-validation measured.</summary>
public sealed record TrialResult
{
    /// <summary>1-based position in the order tried.</summary>
    public int Index { get; init; }

    /// <summary>The value of every searched setting (fixed settings are in <see cref="TuningResult.Fixed"/>).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Measured, or failed with <see cref="Message"/>.</summary>
    public TechniqueStatus Status { get; init; } = TechniqueStatus.Measured;

    /// <summary>Why it failed.</summary>
    public string? Message { get; init; }

    /// <summary>The cheap qualities: predictive ones, train-time, model-size, parameters and complexity, from the inner folds.</summary>
    public IReadOnlyDictionary<string, QualityValue> Qualities { get; init; } = new Dictionary<string, QualityValue>();

    /// <summary>Seconds the trial took.</summary>
    public double Seconds { get; init; }
}
