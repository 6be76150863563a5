using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Offline throughput: all the rows predicted in batches, pass after pass. Warm-up passes first, until the code
/// runs at steady state (<see cref="SteadyState"/>); then at least <see cref="MinPasses"/> timed passes and until
/// <see cref="MinTotal"/> of timed work (so a pass of a few microseconds is not all noise), at most
/// <see cref="MaxPasses"/> or <see cref="MaxTotal"/>.
/// </summary>
internal static class ThroughputProbe
{
    public const int MinPasses = 5;

    public const int MaxPasses = 50;

    public const int MaxWarmUpPasses = 200;

    public static readonly TimeSpan MinTotal = TimeSpan.FromMilliseconds(100);

    public static readonly TimeSpan MaxTotal = TimeSpan.FromSeconds(1);

    /// <summary>Rows per second of each timed pass (empty when the clock could not resolve a pass) and the warm-up.</summary>
    public static (List<double> Rates, WarmUpRecord WarmUp) Measure(IModel model, float[] rows, int width, int batchSize, WarmUpSpec warmUp, ProbeContext context, CancellationToken token)
    {
        var rowCount = rows.Length / width;
        var output = new float[rowCount * model.OutputLength];
        QuietHeap.Collect();
        var steady = new SteadyState(warmUp, context.Jit, context.Time, window: 3, tolerance: 0.10, MaxWarmUpPasses);
        while (!steady.Add(Pass(model, rows, width, rowCount, batchSize, output, context, token).TotalSeconds))
        {
        }

        var rates = new List<double>();
        var total = TimeSpan.Zero;
        while (rates.Count < MaxPasses && (rates.Count < MinPasses || total < MinTotal) && total < MaxTotal)
        {
            var elapsed = Pass(model, rows, width, rowCount, batchSize, output, context, token);
            total += elapsed;
            if (elapsed <= TimeSpan.Zero)
            {
                return ([], steady.Outcome!);
            }

            rates.Add(rowCount / elapsed.TotalSeconds);
        }

        return (rates, steady.Outcome!);
    }

    private static TimeSpan Pass(IModel model, float[] rows, int width, int rowCount, int batchSize, float[] output, ProbeContext context, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        var start = context.Time.GetTimestamp();
        for (var first = 0; first < rowCount; first += batchSize)
        {
            var n = Math.Min(batchSize, rowCount - first);
            model.PredictBatch(rows.AsSpan(first * width, n * width), n, output.AsSpan(first * model.OutputLength, n * model.OutputLength));
        }

        return context.Time.GetElapsedTime(start);
    }
}
