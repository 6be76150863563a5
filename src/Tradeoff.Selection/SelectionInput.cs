using Tradeoff.Core.Qualities;
using Tradeoff.Selection.Constraints;

namespace Tradeoff.Selection;

/// <summary>Everything selection needs: the candidates, the parsed constraints, the objectives and the priorities.</summary>
public sealed record SelectionInput
{
    /// <summary>Every candidate of the study, measured or not (those without measurements are eliminated before measuring or fail as not measured).</summary>
    public required IReadOnlyList<Candidate> Candidates { get; init; }

    /// <summary>
    /// The eliminations before measuring (<see cref="PreElimination.Eliminate"/>) the caller already made to spend no
    /// compute on them, so that they are made once; null to make them here. Only those of <see cref="Candidates"/> count.
    /// </summary>
    public IReadOnlyList<Elimination>? PreEliminated { get; init; }

    /// <summary>Hard constraints (see <see cref="ConstraintParser"/>).</summary>
    public IReadOnlyList<Constraint> Constraints { get; init; } = [];

    /// <summary>Quality ids of the Pareto frontier; empty means the weighted (or prioritized) qualities.</summary>
    public IReadOnlyList<string> Objectives { get; init; } = [];

    /// <summary>Utility weights by quality id (normalized to sum 1); empty means equal weights over the objectives.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = new Dictionary<string, double>();

    /// <summary>When not empty, a lexicographic ranking in this order replaces the weights.</summary>
    public IReadOnlyList<LexicographicPriority> Priorities { get; init; } = [];

    /// <summary>
    /// The study's own scales by quality id, replacing the reference scales the utility places each quality's values on
    /// (the kind, linear or logarithmic, stays the reference scale's).
    /// </summary>
    public IReadOnlyDictionary<string, ScaleRange> Scales { get; init; } = new Dictionary<string, ScaleRange>();

    /// <summary>
    /// The chance level of the training data by quality id (accuracy: the majority class's share; log-loss: the
    /// entropy of the class shares; rmse: the target's standard deviation...): the worst end of predictive qualities'
    /// scales. Without one, a predictive quality takes its reference range (docs/SELECTION.md).
    /// </summary>
    public IReadOnlyDictionary<string, double> Chance { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// The study's declared qualities (exact values it states per candidate, never measured): objectives, weights,
    /// priorities and scales may name them as they name catalog qualities.
    /// </summary>
    public IReadOnlyList<DeclaredQuality> Declared { get; init; } = [];

    /// <summary>Policy and sampling options.</summary>
    public SelectionOptions Options { get; init; } = new();
}
