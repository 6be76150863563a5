using Tradeoff.Reporting.Text;

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

    public Axis(IEnumerable<double> values, string unit, double from, double to, bool allowLog = true, bool padded = true)
    {
        var finite = values.Where(double.IsFinite).ToList();
        Unit = unit;
        _from = from;
        _to = to;
        var min = finite.Count > 0 ? finite.Min() : 0;
        var max = finite.Count > 0 ? finite.Max() : 1;
        Log = allowLog && min > 0 && max / min > 100;
        if (Log)
        {
            _min = Math.Floor(Math.Log10(min));
            _max = Math.Ceiling(Math.Log10(max));
            if (_max == _min)
            {
                _max = _min + 1;
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
            for (var e = _min; e <= _max + 1e-9; e++)
            {
                yield return (Map(Math.Pow(10, e)), QualityFormat.Value(Math.Pow(10, e), Unit));
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

    private string Label(double value) => Unit switch
    {
        "fraction" or "nats" or "target" => Math.Round(value, 6).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
        _ => QualityFormat.Value(Math.Round(value, 9), Unit),
    };

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
