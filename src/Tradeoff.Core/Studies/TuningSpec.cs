namespace Tradeoff.Core.Studies;

/// <summary>
/// The study's <c>protocol.tuning</c>: how many configurations to try per technique, in which order, how they are
/// compared (inner cross-validation on the training rows only), and the time the whole run may spend tuning.
/// </summary>
public sealed record TuningSpec
{
    /// <summary>Configurations tried per technique (the first is the default, or the cheapest for the cost-frugal order).</summary>
    public int Trials { get; init; } = 20;

    /// <summary>In which order configurations are tried.</summary>
    public TuningStrategy Strategy { get; init; } = TuningStrategy.Random;

    /// <summary>Folds of the inner cross-validation that scores each configuration.</summary>
    public int InnerFolds { get; init; } = 3;

    /// <summary>Time the whole run may spend tuning, nested evaluation included; null means no limit.</summary>
    public TimeSpan? Budget { get; init; }

    /// <summary>The predictive quality configurations are compared on; null means the study's first predictive objective, else accuracy or rmse.</summary>
    public string? Metric { get; init; }

    /// <summary>Whether the configurations on each technique's configuration frontier become candidates of their own.</summary>
    public TuningCandidates Candidates { get; init; } = TuningCandidates.Chosen;
}

/// <summary>The order in which a tuner tries configurations.</summary>
public enum TuningStrategy
{
    /// <summary>The default configuration, then configurations drawn at random from the space (Bergstra and Bengio 2012).</summary>
    Random,

    /// <summary>
    /// The cheapest configuration first, then a randomized local search that moves towards costlier ones only when
    /// they score better (FLAML's CFO, Wu, Wang and Huang 2021), so that a time budget is spent on cheap configurations first.
    /// </summary>
    CostFrugal,
}

/// <summary>Which configurations of a tuned technique enter the selection.</summary>
public enum TuningCandidates
{
    /// <summary>Only the chosen configuration of each technique.</summary>
    Chosen,

    /// <summary>Every configuration on the technique's configuration frontier, each measured on every quality.</summary>
    Frontier,
}
