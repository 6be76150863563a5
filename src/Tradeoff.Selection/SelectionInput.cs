using Tradeoff.Selection.Constraints;

namespace Tradeoff.Selection;

/// <summary>Everything selection needs: the candidates, the parsed constraints, the objectives and the priorities.</summary>
public sealed record SelectionInput
{
    /// <summary>Every candidate of the study, measured or not (those without measurements are eliminated before measuring or fail as not measured).</summary>
    public required IReadOnlyList<Candidate> Candidates { get; init; }

    /// <summary>Hard constraints (see <see cref="ConstraintParser"/>).</summary>
    public IReadOnlyList<Constraint> Constraints { get; init; } = [];

    /// <summary>Quality ids of the Pareto frontier; empty means the weighted (or prioritized) qualities.</summary>
    public IReadOnlyList<string> Objectives { get; init; } = [];

    /// <summary>Utility weights by quality id (normalized to sum 1); empty means equal weights over the objectives.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = new Dictionary<string, double>();

    /// <summary>When not empty, a lexicographic ranking in this order replaces the weights.</summary>
    public IReadOnlyList<LexicographicPriority> Priorities { get; init; } = [];

    /// <summary>Policy and sampling options.</summary>
    public SelectionOptions Options { get; init; } = new();
}
