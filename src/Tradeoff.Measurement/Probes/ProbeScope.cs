using Tradeoff.Core.Data;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Protocol;

namespace Tradeoff.Measurement.Probes;

/// <summary>What decides whether a probe runs and what it needs: the qualities asked for, the study and the technique.</summary>
internal sealed record ProbeScope
{
    public required QualitySelection Selection { get; init; }

    /// <summary>The study's protected attributes, for the fairness qualities.</summary>
    public required IReadOnlyList<ProtectedAttribute> Protected { get; init; }

    /// <summary>Whether the technique can absorb new rows (<see cref="Core.Techniques.IIncrementalTechnique"/>).</summary>
    public required bool Incremental { get; init; }

    /// <summary>The task of the data.</summary>
    public required TaskKind Task { get; init; }

    /// <summary>Whether a test set is given (predictive quality is then scored on it, not by cross-validation).</summary>
    public required bool HasTest { get; init; }

    public bool Wants(string id) => Selection.Wants(id);

    public bool WantsAny(IEnumerable<string> ids) => Selection.WantsAny(ids);
}
