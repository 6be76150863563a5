namespace Tradeoff.Measurement;

/// <summary>
/// A technique's part of a run's time budget (<c>tradeoff run --time-budget</c>): past <paramref name="Share"/> its
/// remaining probes are skipped, save those the decision reads (it keeps what it measured and is ranked on it); past <paramref name="Left"/>, all the
/// run has left, it is stopped as over budget like a technique past <c>protocol.time-limit</c>.
/// </summary>
/// <param name="Share">Its share: what the run has left, split evenly among the techniques still to measure.</param>
/// <param name="Left">All the run has left.</param>
/// <param name="Budget">The budget in words, for messages (<c>the run's time budget of 600 s</c>).</param>
public sealed record TimeShare(TimeSpan Share, TimeSpan Left, string Budget)
{
    /// <summary>
    /// The qualities the decision reads (the study's objectives, weights and constraints): a probe that measures one
    /// of them is never skipped, so that the budget cuts what the decision does not need.
    /// </summary>
    public IReadOnlySet<string> Needed { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>True when <paramref name="probe"/> measures a quality the decision reads.</summary>
    internal bool Needs(Probes.IQualityProbe probe) =>
        probe.Qualities.Any(q => Needed.Contains(q.Id) || Needed.Contains(Core.Qualities.FairnessIds.Overall(q.Id)));
}
