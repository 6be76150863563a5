using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Offline throughput: all the rows predicted in batches, pass after pass; at least <see cref="MinPasses"/>
/// passes and until <see cref="MinTotal"/> of timed work (so a pass of a few microseconds is not all noise),
/// at most <see cref="MaxPasses"/> or <see cref="MaxTotal"/>.
/// </summary>
internal static class ThroughputProbe
{
    public const int MinPasses = 3;

    public const int MaxPasses = 50;

    public static readonly TimeSpan MinTotal = TimeSpan.FromMilliseconds(100);

    public static readonly TimeSpan MaxTotal = TimeSpan.FromSeconds(1);

    /// <summary>Rows per second of each pass; an empty list when the clock could not resolve a pass.</summary>
    public static List<double> Measure(IModel model, float[] rows, int width, int batchSize, ProbeContext context, CancellationToken token)
    {
        var rowCount = rows.Length / width;
        var output = new float[rowCount * model.OutputLength];
        var rates = new List<double>();
        var total = TimeSpan.Zero;
        var unresolved = false;
        while (rates.Count < MaxPasses && (rates.Count < MinPasses || total < MinTotal) && total < MaxTotal)
        {
            token.ThrowIfCancellationRequested();
            var start = context.Time.GetTimestamp();
            for (var first = 0; first < rowCount; first += batchSize)
            {
                var n = Math.Min(batchSize, rowCount - first);
                model.PredictBatch(rows.AsSpan(first * width, n * width), n, output.AsSpan(first * model.OutputLength, n * model.OutputLength));
            }

            var elapsed = context.Time.GetElapsedTime(start);
            total += elapsed;
            if (elapsed <= TimeSpan.Zero)
            {
                unresolved = true;
                break;
            }

            rates.Add(rowCount / elapsed.TotalSeconds);
        }

        return unresolved ? [] : rates;
    }
}
