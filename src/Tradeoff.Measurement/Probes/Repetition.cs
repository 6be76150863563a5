using MathNet.Numerics.Distributions;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Adaptive repetition (docs/PROTOCOL.md): a probe repeats a round of fits (one more on every held-out part) at
/// least <see cref="RepetitionSpec.Minimum"/> times, then until the 95% interval of what it measures is as narrow
/// as <see cref="RepetitionSpec.HalfWidth"/>, at most <see cref="RepetitionSpec.Maximum"/> times. Every round's
/// seeds derive from the study's seed and the round's number, and the rule reads only the values, so the count
/// is the same for a seed.
/// </summary>
internal static class Repetition
{
    /// <summary>Runs <paramref name="round"/> (given its number from 0) until <paramref name="halfWidth"/> (null: not yet known) meets the spec; returns the rounds made.</summary>
    public static int Run(RepetitionSpec spec, Budget budget, Action<int> round, Func<double?> halfWidth)
    {
        var done = 0;
        while (done < Math.Max(1, spec.Maximum))
        {
            budget.Check();
            round(done);
            done++;
            if (done >= spec.Minimum && halfWidth() is { } h && h <= spec.HalfWidth)
            {
                break;
            }
        }

        return done;
    }

    /// <summary>The half-width of the t interval (95%) of the mean of <paramref name="samples"/>; null below 2 samples.</summary>
    public static double? MeanHalfWidth(IReadOnlyList<double> samples) =>
        samples.Count < 2 ? null : StudentT.InvCDF(0, 1, samples.Count - 1, 0.975) * Descriptive.Std(samples) / Math.Sqrt(samples.Count);

    /// <summary>
    /// The 95% interval of a standard deviation pooled over groups (chi-square with the pooled degrees of freedom),
    /// or null when no group has 2 values; a spread of zero has the interval [0, 0].
    /// </summary>
    public static (double Lower, double Upper)? SpreadInterval(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        var freedom = groups.Sum(g => Math.Max(0, g.Count - 1));
        if (freedom == 0)
        {
            return null;
        }

        var squares = groups.Where(g => g.Count > 1).Sum(g => Descriptive.Std(g) * Descriptive.Std(g) * (g.Count - 1));
        return (Math.Sqrt(squares / ChiSquared.InvCDF(freedom, 0.975)), Math.Sqrt(squares / ChiSquared.InvCDF(freedom, 0.025)));
    }

    /// <summary>The words a protocol line states the repetitions in: <paramref name="one"/> or <paramref name="many"/> after the count.</summary>
    public static string Describe(RepetitionSpec spec, int done, string one, string many)
    {
        var what = done == 1 ? one : many;
        return done >= spec.Maximum && spec.Maximum > spec.Minimum
            ? $"{QualityFormat.Count(done)} {what} (the most the protocol allows: {QualityFormat.Count(spec.Minimum)} to {QualityFormat.Count(spec.Maximum)}, more until the 95% interval's half-width is at most {QualityFormat.Difference(spec.HalfWidth, "fraction")})"
            : $"{QualityFormat.Count(done)} {what} ({QualityFormat.Count(spec.Minimum)} to {QualityFormat.Count(spec.Maximum)}, stopped once the 95% interval's half-width was at most {QualityFormat.Difference(spec.HalfWidth, "fraction")})";
    }
}
