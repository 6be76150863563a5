using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// What one single-row prediction costs in CPU time (and joules, where a counter is readable), from a loop of
/// predictions only: no clock is read inside it, unlike the latency calls, whose clock reads would be counted
/// as the model's work. Rounds last about <see cref="RoundTime"/> at the latency probe's median; one untimed round
/// lets the loop itself reach its optimized code; then <see cref="Rounds"/> rounds give a median and its interval.
/// Run after the latency probe, so the model is already warm.
/// </summary>
internal static class PredictionCostProbe
{
    public const int Rounds = 7;

    /// <summary>Bounds a round of code the clock cannot resolve (a fake clock in tests); 5 ms at 20 ns a call.</summary>
    public const int MaxCallsPerRound = 1 << 18;

    public static readonly TimeSpan RoundTime = TimeSpan.FromMilliseconds(20);

    // secondsPerCall: the latency probe's median, which sizes the rounds; 0 to find the size by a pilot.
    public static PredictionCost Measure(IModel model, float[] rows, int width, double secondsPerCall, ProbeContext context, CancellationToken token)
    {
        var output = new float[model.OutputLength];
        var rowCount = rows.Length / width;
        QuietHeap.Collect();
        var calls = secondsPerCall > 0 ? (int)Math.Clamp(Math.Ceiling(RoundTime.TotalSeconds / secondsPerCall), 1, MaxCallsPerRound) : Pilot(model, rows, width, rowCount, output, context, token);
        Loop(model, rows, width, rowCount, calls, output, context, token);
        var cpu = new List<double>();
        var joules = context.Energy is null ? null : new List<double>();
        for (var r = 0; r < Rounds; r++)
        {
            var energy0 = context.Energy?.Read();
            var (_, seconds) = Loop(model, rows, width, rowCount, calls, output, context, token);
            cpu.Add(seconds / calls);
            joules?.Add(context.Energy!.JoulesBetween(energy0!, context.Energy.Read()) / calls);
        }

        return new PredictionCost(cpu, joules, calls);
    }

    // Without an estimate, doubles the calls until a round lasts the round time (BenchmarkDotNet's pilot stage).
    private static int Pilot(IModel model, float[] rows, int width, int rowCount, float[] output, ProbeContext context, CancellationToken token)
    {
        var calls = 1;
        while (calls < MaxCallsPerRound && Loop(model, rows, width, rowCount, calls, output, context, token).WallSeconds < RoundTime.TotalSeconds)
        {
            calls *= 2;
        }

        return calls;
    }

    private static (double WallSeconds, double CpuSeconds) Loop(IModel model, float[] rows, int width, int rowCount, int calls, float[] output, ProbeContext context, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        var cpu0 = context.Cpu.ProcessorTime;
        var start = context.Time.GetTimestamp();
        var row = 0;
        for (var i = 0; i < calls; i++)
        {
            model.Predict(rows.AsSpan(row * width, width), output);
            row = row + 1 == rowCount ? 0 : row + 1;
        }

        return (context.Time.GetElapsedTime(start).TotalSeconds, (context.Cpu.ProcessorTime - cpu0).TotalSeconds);
    }
}

/// <summary>CPU seconds (and joules, when measured) per single-row prediction in each round of <see cref="CallsPerRound"/> calls.</summary>
internal sealed record PredictionCost(IReadOnlyList<double> CpuSeconds, IReadOnlyList<double>? Joules, int CallsPerRound)
{
    /// <summary>The median over rounds with its order-statistic 95% interval.</summary>
    public static (double Median, double Lower, double Upper) Summary(IReadOnlyList<double> perCall)
    {
        var (lower, upper, _) = MedianInterval.Of(perCall);
        return (Descriptive.Median(perCall), lower, upper);
    }
}
