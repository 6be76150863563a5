using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Measurement;

namespace Tradeoff.Runs;

/// <summary>
/// A run's time budget (<c>tradeoff run --time-budget 10m</c>, as AutoGluon's time_limit and H2O's
/// max_runtime_secs): what is left is split evenly among the techniques still to measure, so that time one technique
/// does not use passes to the next (as <see cref="TuningSchedule"/> shares a tuning budget). Past its share a
/// technique's remaining probes are skipped, save those that measure a quality the decision reads; once nothing is left the techniques not yet started are not measured.
/// Every cut is recorded and said in one line the results keep.
/// </summary>
internal sealed class RunBudget
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _total;
    private readonly long _start;
    private readonly IReadOnlySet<string> _needed;
    private readonly List<string> _skipped = [];
    private readonly List<string> _shortened = [];
    private int _pending;

    /// <param name="time">The clock the budget is read from.</param>
    /// <param name="total">The whole run's budget.</param>
    /// <param name="pending">The techniques to measure (those eliminated before measuring or taken from the store aside).</param>
    /// <param name="needed">The qualities the decision reads, whose probes are never skipped.</param>
    public RunBudget(TimeProvider time, TimeSpan total, int pending, IReadOnlySet<string> needed)
    {
        _needed = needed;
        _time = time;
        _total = total;
        _start = time.GetTimestamp();
        _pending = Math.Max(1, pending);
        Words = $"the run's time budget of {QualityFormat.Seconds(total.TotalSeconds)} (--time-budget)";
    }

    /// <summary>The budget in words, for messages.</summary>
    public string Words { get; }

    /// <summary>What the run has left (never negative).</summary>
    public TimeSpan Left => Max(TimeSpan.Zero, _total - _time.GetElapsedTime(_start));

    /// <summary>True once the whole budget is spent.</summary>
    public bool Spent => Left <= TimeSpan.Zero;

    /// <summary>The share of the next technique: what is left over the techniques still to measure.</summary>
    public TimeShare Next() => new(Left / _pending, Left, Words) { Needed = _needed };

    /// <summary>The most the next technique's tuning search may take: its share of the run, or <paramref name="tuningShare"/> (its share of the tuning budget) when less.</summary>
    public TimeSpan? CapTuning(TimeSpan? tuningShare) => tuningShare is { } share && share < Next().Share ? share : Next().Share;

    /// <summary>The technique that was not measured because the budget was spent, with its result.</summary>
    public TechniqueResult Skip(TechniqueResult shell)
    {
        _skipped.Add(shell.Name);
        return shell with { Status = TechniqueStatus.NotTrained, Message = $"not measured: {Words} was spent before it started" };
    }

    /// <summary>Counts <paramref name="result"/> as measured; a technique cut short by the budget is recorded.</summary>
    public void Done(TechniqueResult result)
    {
        _pending = Math.Max(1, _pending - 1);
        if (result.Message is { } message && message.StartsWith(Words, StringComparison.Ordinal))
        {
            _shortened.Add(result.Status == TechniqueStatus.OverBudget ? $"{result.Name} stopped" : $"{result.Name} shortened");
        }
    }

    /// <summary>One line that says what the budget cut, or null when it cut nothing.</summary>
    public string? Cuts()
    {
        if (_skipped.Count == 0 && _shortened.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        if (_shortened.Count > 0)
        {
            parts.Add(string.Join(", ", _shortened) + " (each says what it did not measure)");
        }

        if (_skipped.Count > 0)
        {
            parts.Add($"not measured: {string.Join(", ", _skipped)}");
        }

        return $"{Words} cut the run: {string.Join("; ", parts)}; a longer budget measures them.";
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
