using Tradeoff.Core.Data;

namespace Tradeoff.Measurement.Isolation;

/// <summary>
/// Runs one fit where it can be stopped for real: native code (libtorch, LightGBM) neither sees a cancellation
/// token nor lets a managed watchdog take back its memory, so a fit under a time or memory limit is first tried in a
/// place that is killed at the limit, which also keeps a native crash away from the run.
/// </summary>
public interface IFitIsolation
{
    /// <summary>
    /// Fits technique <paramref name="techniqueId"/> with <paramref name="settings"/> on <paramref name="data"/>,
    /// stopped once it has run <paramref name="timeLimit"/> or holds more than <paramref name="memoryLimit"/>
    /// bytes of resident memory above its level at the start of the fit.
    /// </summary>
    IsolatedFit Fit(string techniqueId, IReadOnlyDictionary<string, string> settings, Dataset data, int seed, int threads, TimeSpan? timeLimit, long? memoryLimit, CancellationToken cancellationToken);
}
