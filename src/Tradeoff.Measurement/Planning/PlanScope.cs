using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Protocol;

namespace Tradeoff.Measurement.Planning;

/// <summary>What a probe's planned fits depend on: the qualities asked for, the protocol as it applies to the data, and the rows.</summary>
internal sealed record PlanScope(ProbeScope Probes, ResolvedProtocol Protocol, ProtocolSpec Spec, int Rows)
{
    /// <summary>
    /// What a timed stage's warm-up takes: the warm-up of the planned model's predictions timed before the run (to
    /// steady state, or a bound), never less than the protocol's minimum.
    /// </summary>
    public TimeSpan WarmUp { get => field > Spec.WarmUp.Minimum ? field : Spec.WarmUp.Minimum; init; }

    /// <summary>What a fit costs as the run pays for it (its collection before it included), from the fits timed before the run.</summary>
    public FitCost Cost { get; init; } = FitCost.Proportional(0);

    /// <summary>How many held-out parts protocol II uses.</summary>
    public int Parts => HeldOutParts.Count(Protocol, Rows);

    /// <summary>
    /// The fewest rounds adaptive repetition (<see cref="Repetition"/>) can make under <paramref name="spec"/>: its
    /// minimum, but at least enough for 2 values (an interval needs 2), one a part and round: with one part (a test set) 2.
    /// </summary>
    public int LeastRounds(RepetitionSpec spec) => Math.Min(Math.Max(1, spec.Maximum), Math.Max(spec.Minimum, (int)Math.Ceiling(2.0 / Parts)));

    /// <summary>The share of the training rows a held-out part trains on.</summary>
    public double PartShare => Protocol.Kind switch
    {
        ValidationKind.TestSet => 1,
        ValidationKind.LeaveOneOut => 2.0 / 3,
        _ => (Protocol.Folds - 1) / (double)Protocol.Folds,
    };
}
