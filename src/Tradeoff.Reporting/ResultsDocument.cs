using Tradeoff.Core.Results;
using Tradeoff.Runs;

namespace Tradeoff.Reporting;

/// <summary>
/// The results document of a run, as written to results.json: the measurements (schema version 1, see
/// docs/results.schema.json) and, when the study asks for them, the selection's findings.
/// </summary>
public sealed record ResultsDocument
{
    /// <summary>The version of this document's shape.</summary>
    public int SchemaVersion { get; init; } = 1;

    /// <summary>What was decided and how.</summary>
    public required StudySummary Study { get; init; }

    /// <summary>Where it was measured.</summary>
    public required EnvironmentInfo Environment { get; init; }

    /// <summary>True when the run was interrupted: the document holds what was measured before.</summary>
    public bool Interrupted { get; init; }

    /// <summary>One entry per technique instance.</summary>
    public IReadOnlyList<TechniqueResult> Techniques { get; init; } = [];

    /// <summary>The document of a run.</summary>
    public static ResultsDocument From(RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var run = outcome.Result;
        return new ResultsDocument
        {
            SchemaVersion = run.SchemaVersion,
            Study = run.Study,
            Environment = run.Environment,
            Interrupted = outcome.Interrupted,
            Techniques = run.Techniques,
        };
    }
}
