using Tradeoff.Core.Results;

namespace Tradeoff.Measurement.Tuning;

/// <summary>What one search found: the trials in the order tried, the best one, and whether the time allowed ran out first.</summary>
internal sealed record SearchOutcome(IReadOnlyList<TrialResult> Trials, TrialResult? Best, bool BudgetReached, double Seconds);
