using Tradeoff.Core.Qualities;

namespace Tradeoff.Reporting.Svg;

/// <summary>
/// One axis of a plot: the data range mapped to pixels, linear or logarithmic (when every value is positive and they
/// span more than two decades, as latencies and sizes of different techniques do), with readable ticks in the
/// quality's unit.
/// </summary>
internal sealed class Axis
{
    private readonly double _min;
    private readonly double _max;
    private readonly double _from;
    private readonly double _to;
    private readonly bool _fine;

    // logAbove: the ratio of the largest to the smallest value above which the axis is logarithmic.
    public Axis(IEnumerable<double> values, string unit, double from, double to, bool allowLog = true, bool padded = true, double logAbove = 100)
    {
        var finite = values.Where(double.IsFinite).ToList();
        Unit = unit;
        _from = from;
        _to = to;
        var min = finite.Count > 0 ? finite.Min() : 0;
        var max = finite.Count > 0 ? finite.Max() : 1;
        Log = allowLog && min > 0 && max / min > logAbove;
        if (Log)
        {
            _min = Math.Floor(Math.Log10(min));
            _max = Math.Ceiling(Math.Log10(max));
            if (max / min < 100)
            {
                // Data within two decades (possible only with a low logAbove): whole decades would waste most of the
                // axis, so it ends at the 1-2-5 steps around the data and ticks at them.
                _fine = true;
                _min = Math.Log10(Steps(min).Last(v => v <= min * (1 + 1e-9)));
                _max = Math.Log10(Steps(max).First(v => v >= max * (1 - 1e-9)));
            }

            return;
        }

        if (max == min)
        {
            var pad = max == 0 ? 1 : Math.Abs(max) * 0.1;
            min -= pad;
            max += pad;
        }
        else if (padded)
        {
            var pad = (max - min) * 0.08;
            min -= pad;
            max += pad;
        }

        var step = NiceStep((max - min) / 5);
        _min = Math.Floor(min / step) * step;
        _max = Math.Ceiling(max / step) * step;
        Step = step;
    }

    public string Unit { get; }

    public bool Log { get; }

    private double Step { get; }

    public double Map(double value)
    {
        var v = Log ? Math.Log10(Math.Max(value, double.Epsilon)) : value;
        return _from + ((v - _min) / (_max - _min) * (_to - _from));
    }

    public IEnumerable<(double Position, string Label)> Ticks()
    {
        if (Log)
        {
            var values = _fine
                ? Enumerable.Range((int)Math.Floor(_min), (int)Math.Ceiling(_max) - (int)Math.Floor(_min) + 1).SelectMany(e => Steps(Math.Pow(10, e)))
                : Enumerable.Range((int)_min, (int)(_max - _min) + 1).Select(e => Math.Pow(10, e));
            foreach (var value in values.Where(v => Math.Log10(v) >= _min - 1e-9 && Math.Log10(v) <= _max + 1e-9).Distinct())
            {
                yield return (Map(value), QualityFormat.Value(value, Unit));
            }

            yield break;
        }

        var count = (int)Math.Round((_max - _min) / Step);
        for (var i = 0; i <= count; i++)
        {
            var value = _min + (i * Step);
            yield return (Map(value), Label(value));
        }
    }

    // Rounded first: a tick computed as 0.30000000000000004 is the tick 0.3.
    private string Label(double value) => QualityFormat.Value(Math.Round(value, 9), Unit);

    /// <summary>1, 2, 5 and 10 times the decade of <paramref name="value"/>.</summary>
    private static double[] Steps(double value)
    {
        var decade = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return [decade, 2 * decade, 5 * decade, 10 * decade];
    }

    private static double NiceStep(double raw)
    {
        if (!(raw > 0))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
    }
}
