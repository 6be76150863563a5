using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Measurement.Isolation;
using Tradeoff.Measurement.Protocol;

namespace Tradeoff.Measurement;

/// <summary>Limits that hold for native code: a technique under a limit first fits on all training rows apart.</summary>
public sealed partial class MeasurementEngine
{
    // A fit that cannot be cancelled (libtorch, LightGBM) would run past a time limit and grow past a memory limit
    // in this process, where only the next check between steps could stop it. So a technique under a limit first
    // fits once on all training rows (its largest fit) apart, stopped there for real at the limit. Within the limits
    // it is measured here as usual, its fits now known to fit; past one it ends over budget with the true peak, having
    // cost this process nothing. A tuned technique's search fits many configurations and is left to the checks. A
    // brought model is not in the child's catalog: an ONNX model is not fitted, and a command keeps its own limits.
    private (TechniqueStatus Status, string? Message)? TryApart(TechniqueRun run)
    {
        var budget = run.Budget;
        if (Isolation is null || (budget.Limit is null && budget.MemoryLimit is null) || run.AccuracyTechnique is not null || run.Technique.Capabilities.Brought)
        {
            return null;
        }

        run.Stage = "fit apart";
        var rows = $"a fit on all {QualityFormat.Count(run.Train.RowCount)} training rows, run apart in a child process and stopped there";
        var trial = Isolation.Fit(run.Technique.Id, run.Settings, run.Train, _protocol.Seed, _runner.Threads, budget.TimeLeft, budget.MemoryLimit, budget.Token);
        return trial.Outcome switch
        {
            IsolatedOutcome.Completed => null,
            IsolatedOutcome.OverMemory => (TechniqueStatus.OverBudget,
                $"memory limit of {QualityFormat.Bytes(budget.MemoryLimit!.Value)} passed by {rows} (its peak: {QualityFormat.Bytes(trial.PeakBytes)} above its start); nothing was measured"),
            IsolatedOutcome.OverTime or IsolatedOutcome.Cancelled when budget.Expired && !budget.Interrupted => (TechniqueStatus.OverBudget,
                $"time limit of {QualityFormat.Seconds(budget.Limit!.Value.TotalSeconds)} passed by {rows} after {QualityFormat.Seconds(trial.Seconds)}; nothing was measured"),
            IsolatedOutcome.Failed => (TechniqueStatus.Failed, $"fit: {trial.Message}"),
            IsolatedOutcome.Crashed => (TechniqueStatus.Failed, $"the fit crashed its process ({trial.Message}); run apart, the run goes on"),
            _ => Cancelled(budget),
        };
    }

    // Cancelled apart by the caller (Ctrl+C) or the memory watchdog of this process: the engine's own handlers say which.
    private static (TechniqueStatus, string?)? Cancelled(Budget budget)
    {
        budget.Check();
        throw new OperationCanceledException(budget.Token);
    }
}
