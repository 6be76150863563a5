using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;

namespace Tradeoff.Selection;

/// <summary>
/// The fixed map of one quality's values onto [0, 1] (1 the best) that the utility adds up: linear or logarithmic
/// between <paramref name="Worst"/> (0 on the scale) and <paramref name="Best"/> (1 on the scale), clamped outside. It is fixed
/// before any candidate is looked at, so a candidate's scaled value never depends on which other candidates were measured.
/// </summary>
/// <param name="Quality">The quality id.</param>
/// <param name="Unit">The quality's unit, which the ends are in.</param>
/// <param name="Kind">Linear or logarithmic.</param>
/// <param name="Worst">The value at 0 on the scale.</param>
/// <param name="Best">The value at 1 on the scale.</param>
/// <param name="Source">The catalog's reference range, the study's, or the chance level of the data.</param>
/// <param name="Text">One line: <c>latency.p99: logarithmic from 1 s to 100 ns (reference range)</c>.</param>
public sealed record QualityScale(string Quality, string Unit, ScaleKind Kind, double Worst, double Best, ScaleSource Source, string Text)
{
    /// <summary>
    /// The scaled value of <paramref name="value"/>, in [0, 1]; a missing (NaN) value is 0, the worst. On a logarithmic
    /// scale a value of 0 or below lies beyond the small end (the best for a cost, the worst for throughput).
    /// </summary>
    public double Scaled(double value)
    {
        if (double.IsNaN(value))
        {
            return 0;
        }

        double share;
        if (Kind == ScaleKind.Linear)
        {
            share = (value - Worst) / (Best - Worst);
        }
        else if (value <= 0)
        {
            share = Best < Worst ? 1 : 0;
        }
        else
        {
            share = (Math.Log(Worst) - Math.Log(value)) / (Math.Log(Worst) - Math.Log(Best));
        }

        return Math.Clamp(share, 0, 1);
    }

    /// <summary>Half the width of the interval [<paramref name="lower"/>, <paramref name="upper"/>] once scaled; 0 without an interval.</summary>
    public double HalfWidth(double? lower, double? upper) =>
        lower is { } l && upper is { } u && double.IsFinite(l) && double.IsFinite(u) ? Math.Abs(Scaled(u) - Scaled(l)) / 2 : 0;

    /// <summary>
    /// The noise, on this scale, of the difference between two candidates' figures <paramref name="a"/> and
    /// <paramref name="b"/>: for fold scores of the same splits the paired margin (raw units) placed on the scale around
    /// their mean; otherwise sqrt of the two scaled half-widths squared (docs/SELECTION.md, "Noise").
    /// </summary>
    public double DifferenceHalfWidth(QualityValue? a, QualityValue? b)
    {
        if (!DifferenceNoise.Paired(a, b, out _))
        {
            return Noise.Margin(HalfWidth(a), HalfWidth(b));
        }

        var center = (a!.Value + b!.Value) / 2;
        var margin = DifferenceNoise.Margin(a, b);
        return HalfWidth(center - margin, center + margin);
    }

    /// <summary>Half the width of <paramref name="measured"/>'s interval once scaled; 0 when it has none or is missing (a missing value is exactly 0).</summary>
    public double HalfWidth(QualityValue? measured) => measured is { IsAvailable: true } ? HalfWidth(measured.Lower, measured.Upper) : 0;

    /// <summary>
    /// The scale selection uses for <paramref name="quality"/>: the study's (<paramref name="scales"/>) when it sets one;
    /// else the reference scale, starting at the chance level in <paramref name="chance"/> for a predictive quality.
    /// </summary>
    /// <exception cref="Core.InputException">The quality is unknown or has no better direction.</exception>
    public static QualityScale For(string quality, IReadOnlyDictionary<string, ScaleRange>? scales = null, IReadOnlyDictionary<string, double>? chance = null) =>
        ScaleResolver.Of(QualityResolver.Resolve(quality, "scales", []), scales ?? new Dictionary<string, ScaleRange>(), chance ?? new Dictionary<string, double>());
}
