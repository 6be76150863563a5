using Tradeoff.Core.Results;
using Tradeoff.Selection;

namespace Tradeoff.Runs;

/// <summary>
/// The results document of a run, as written to results.json and kept in the store: the measurements and, when the
/// study asks for them, the selection's findings (docs/results.schema.json, version <see cref="CurrentSchemaVersion"/>).
/// </summary>
public sealed record ResultsDocument
{
    /// <summary>The version of the shape this build writes; bumped on any breaking change, with docs/results.schema.json.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The version of this document's shape (<see cref="CurrentSchemaVersion"/> when written by this build).</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>What was decided and how.</summary>
    public required StudySummary Study { get; init; }

    /// <summary>Where it was measured.</summary>
    public required EnvironmentInfo Environment { get; init; }

    /// <summary>True when the run was interrupted: the document holds what was measured before.</summary>
    public bool Interrupted { get; init; }

    /// <summary>One entry per technique instance.</summary>
    public IReadOnlyList<TechniqueResult> Techniques { get; init; } = [];

    /// <summary>Eliminated techniques with their stage, reasons and every verdict (null when the study has no selection).</summary>
    public IReadOnlyList<Elimination>? Eliminated { get; init; }

    /// <summary>Every verdict of every measured technique.</summary>
    public IReadOnlyList<Verdict>? Verdicts { get; init; }

    /// <summary>Techniques that meet every constraint, in study order.</summary>
    public IReadOnlyList<string>? Survivors { get; init; }

    /// <summary>Survivors kept although a verdict was INCONCLUSIVE, with those verdicts' constraints.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Flagged { get; init; }

    /// <summary>The utility weights as used: normalized to sum 1 (empty under lexicographic priorities).</summary>
    public IReadOnlyDictionary<string, double>? Weights { get; init; }

    /// <summary>The lexicographic priorities the ranking followed (null when it ranked by utility).</summary>
    public IReadOnlyList<LexicographicPriority>? Priorities { get; init; }

    /// <summary>The Pareto frontier and, for each dominated technique, one that dominates it.</summary>
    public FrontierDocument? Frontier { get; init; }

    /// <summary>The fixed scale each ranked quality is scored on for the utility (null in documents written before scales).</summary>
    public IReadOnlyList<QualityScale>? Scales { get; init; }

    /// <summary>The survivors ranked by the study's priorities.</summary>
    public IReadOnlyList<RankEntry>? Ranking { get; init; }

    /// <summary>The recommended technique and its reasons.</summary>
    public Recommendation? Recommended { get; init; }

    /// <summary>How the recommendation holds under other weightings.</summary>
    public SensitivityResult? Sensitivity { get; init; }

    /// <summary>Relaxations that would admit eliminated techniques.</summary>
    public IReadOnlyList<WhatIf>? WhatIf { get; init; }

    /// <summary>Remarks on the selection itself.</summary>
    public IReadOnlyList<string>? SelectionNotes { get; init; }

    /// <summary>The document of a run.</summary>
    public static ResultsDocument From(RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var run = outcome.Result;
        return new ResultsDocument
        {
            Study = run.Study,
            Environment = run.Environment,
            Interrupted = outcome.Interrupted,
            Techniques = run.Techniques,
            Eliminated = outcome.Selection?.Eliminated,
            Verdicts = outcome.Selection?.Verdicts,
            Survivors = outcome.Selection?.Survivors,
            Flagged = outcome.Selection?.Flagged,
            Weights = outcome.Selection?.Weights,
            Priorities = outcome.Selection is { Priorities.Count: > 0 } lexicographic ? lexicographic.Priorities : null,
            Frontier = outcome.Selection is { } s ? new FrontierDocument(s.Objectives, s.Frontier, s.DominatedBy, s.Incomplete) { Ties = s.Ties } : null,
            Scales = outcome.Selection?.Scales,
            Ranking = outcome.Selection?.Ranking,
            Recommended = outcome.Selection?.Recommended,
            Sensitivity = outcome.Selection?.Sensitivity,
            WhatIf = outcome.Selection?.WhatIf,
            SelectionNotes = outcome.Selection?.Notes,
        };
    }
}

/// <summary>The frontier part of the results document.</summary>
/// <param name="Objectives">The qualities the frontier is over.</param>
/// <param name="Members">The non-dominated techniques.</param>
/// <param name="DominatedBy">For each dominated technique, one that dominates it.</param>
/// <param name="Incomplete">Techniques missing an objective's value, treated as worst there.</param>
public sealed record FrontierDocument(
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Members,
    IReadOnlyDictionary<string, string> DominatedBy,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Incomplete)
{
    /// <summary>Members kept beside one whose point values beat theirs by differences within the noise.</summary>
    public IReadOnlyList<FrontierTie>? Ties { get; init; }
}
