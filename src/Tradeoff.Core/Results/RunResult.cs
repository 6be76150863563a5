using Tradeoff.Core.Qualities;

namespace Tradeoff.Core.Results;

/// <summary>
/// What one run measured: the study, the environment and every technique's qualities. Written out as part of the
/// run's results document (Tradeoff.Runs.ResultsDocument), which alone carries the schema version.
/// </summary>
public sealed record RunResult
{
    /// <summary>What was decided and how (name, data, protocol, constraints, objectives, weights).</summary>
    public required StudySummary Study { get; init; }

    /// <summary>Where it was measured.</summary>
    public required EnvironmentInfo Environment { get; init; }

    /// <summary>One entry per technique instance, in study order.</summary>
    public IReadOnlyList<TechniqueResult> Techniques { get; init; } = [];
}

/// <summary>The parts of a study that a results document repeats.</summary>
public sealed record StudySummary
{
    /// <summary>The study's name.</summary>
    public required string Name { get; init; }

    /// <summary>What the component is for.</summary>
    public string? Description { get; init; }

    /// <summary>The training data, as given.</summary>
    public required string Train { get; init; }

    /// <summary>The test data, when given.</summary>
    public string? Test { get; init; }

    /// <summary>The target column.</summary>
    public required string Target { get; init; }

    /// <summary>The task id (binary-classification...).</summary>
    public required string Task { get; init; }

    /// <summary>Rows of training data.</summary>
    public int Rows { get; init; }

    /// <summary>Feature columns.</summary>
    public int Features { get; init; }

    /// <summary>The classes, for classification.</summary>
    public IReadOnlyList<string> Classes { get; init; } = [];

    /// <summary>The positive class of a binary task.</summary>
    public string? Positive { get; init; }

    /// <summary>The protocol as one line (<c>stratified 10-fold cross-validation, seed 42</c>).</summary>
    public required string Protocol { get; init; }

    /// <summary>The constraints as written.</summary>
    public IReadOnlyList<string> Constraints { get; init; } = [];

    /// <summary>The objectives of the frontier.</summary>
    public IReadOnlyList<string> Objectives { get; init; } = [];

    /// <summary>The utility weights.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = new Dictionary<string, double>();

    /// <summary>The study's declared qualities (group <c>declared</c>): stated per technique, never measured.</summary>
    public IReadOnlyList<QualityDescriptor> Declared { get; init; } = [];
}
