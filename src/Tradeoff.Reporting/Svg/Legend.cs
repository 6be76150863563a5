namespace Tradeoff.Reporting.Svg;

/// <summary>
/// A legend drawn top-down in a column of its own (right of the plot area), one entry a row: a marker or a line
/// sample, then its text, cut with an ellipsis when wider than the column.
/// </summary>
internal sealed class Legend(SvgCanvas svg, double left, double top, double width)
{
    public const double Row = 18;
    private const double TextOffset = 26;

    private double _y = top;

    /// <summary>A line sample (a curve's colour and dash).</summary>
    public void Line(string text, string color, string? dash = null, string ink = "#111")
    {
        svg.Line(left, _y, left + 18, _y, color, 2.5, dash);
        Write(text, ink);
    }

    /// <summary>A point marker: filled, hollow or ringed.</summary>
    public void Marker(string text, string fill, string stroke, double radius = 4.5, string ink = "#111")
    {
        svg.Circle(left + 9, _y, radius, fill, stroke);
        Write(text, ink);
    }

    /// <summary>The cross that marks an eliminated point.</summary>
    public void Cross(string text, string color, string ink = "#111")
    {
        svg.Cross(left + 9, _y, 4.5, color);
        Write(text, ink);
    }

    /// <summary>Space between the entries that explain the markers and those that name techniques.</summary>
    public void Gap() => _y += Row / 2;

    private void Write(string text, string ink)
    {
        svg.Text(left + TextOffset, _y + 4, TextBox.Fit(text, PlotFrame.LabelSize, width - TextOffset), PlotFrame.LabelSize, "start", ink);
        _y += Row;
    }
}
