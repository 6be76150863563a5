namespace Tradeoff.Selection;

/// <summary>The outcome of selection: the elimination trail, the frontier, the ranking, the recommendation, its sensitivity and the what-if.</summary>
public sealed record SelectionResult
{
    /// <summary>Eliminated candidates with their stage, reasons and verdicts, in candidate order.</summary>
    public IReadOnlyList<Elimination> Eliminated { get; init; } = [];

    /// <summary>Every verdict of every measured candidate, in candidate then constraint order.</summary>
    public IReadOnlyList<Verdict> Verdicts { get; init; } = [];

    /// <summary>Candidates kept although a verdict was INCONCLUSIVE (policy Keep), with those verdicts' constraints.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Flagged { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Candidates that meet every constraint, in candidate order.</summary>
    public IReadOnlyList<string> Survivors { get; init; } = [];

    /// <summary>The objectives of the frontier, as used (the weighted qualities when the study names none).</summary>
    public IReadOnlyList<string> Objectives { get; init; } = [];

    /// <summary>The weights, as used: normalized to sum 1 (empty under lexicographic priorities).</summary>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = new Dictionary<string, double>();

    /// <summary>Survivors no other survivor dominates on the objectives, in candidate order.</summary>
    public IReadOnlyList<string> Frontier { get; init; } = [];

    /// <summary>For each dominated survivor, a frontier candidate that dominates it.</summary>
    public IReadOnlyDictionary<string, string> DominatedBy { get; init; } = new Dictionary<string, string>();

    /// <summary>Frontier candidates kept beside one whose point values beat theirs by differences within the noise.</summary>
    public IReadOnlyList<FrontierTie> Ties { get; init; } = [];

    /// <summary>The fixed scale of each quality that ranks or bounds the frontier, in the order objectives, weighted qualities, priorities.</summary>
    public IReadOnlyList<QualityScale> Scales { get; init; } = [];

    /// <summary>Survivors missing a value of an objective or weighted quality (treated as worst there), with those quality ids.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Incomplete { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The survivors ranked: frontier candidates first, each group by utility (or lexicographically).</summary>
    public IReadOnlyList<RankEntry> Ranking { get; init; } = [];

    /// <summary>The lexicographic priorities the ranking followed, in order; empty when it ranked by utility.</summary>
    public IReadOnlyList<LexicographicPriority> Priorities { get; init; } = [];

    /// <summary>The first of the ranking with its reasons (and the tie at the top it won, if any); null when nothing survives or nothing ranks.</summary>
    public Recommendation? Recommended { get; init; }

    /// <summary>How the recommendation holds under other weightings; null when there is no recommendation.</summary>
    public SensitivityResult? Sensitivity { get; init; }

    /// <summary>Relaxations that would admit eliminated candidates (when nothing survives, or on request).</summary>
    public IReadOnlyList<WhatIf> WhatIf { get; init; } = [];

    /// <summary>Plain remarks on the selection itself (no objectives to rank by, a weight on an unmeasured quality).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
