namespace Tradeoff.Reporting.Svg;

/// <summary>
/// The box a text takes, estimated from its font size and character count: the browser measures text only once it
/// draws it, and the SVG must be laid out before. The width allows 0.6 em a character, more than the average of the
/// page's sans-serif fonts on kebab-case names, so that a text drawn never outgrows its box.
/// </summary>
internal readonly record struct TextBox(double X1, double Y1, double X2, double Y2)
{
    public const double CharWidth = 0.6;
    public const double Ascent = 0.78;
    public const double Descent = 0.22;

    public static double WidthOf(string text, double size) => text.Length * size * CharWidth;

    /// <summary>The box of a text drawn at (x, y) with its baseline at y and the given anchor.</summary>
    public static TextBox Of(double x, double y, string text, double size, string anchor)
    {
        var width = WidthOf(text, size);
        var left = anchor switch
        {
            "middle" => x - (width / 2),
            "end" => x - width,
            _ => x,
        };
        return new TextBox(left, y - (Ascent * size), left + width, y + (Descent * size));
    }

    public bool Overlaps(TextBox other) => X1 < other.X2 && other.X1 < X2 && Y1 < other.Y2 && other.Y1 < Y2;

    public bool Inside(double left, double top, double right, double bottom) => X1 >= left && X2 <= right && Y1 >= top && Y2 <= bottom;

    /// <summary>The longest start of <paramref name="text"/> (with an ellipsis when cut) that fits <paramref name="width"/>.</summary>
    public static string Fit(string text, double size, double width)
    {
        var fits = (int)Math.Floor(width / (size * CharWidth));
        return text.Length <= fits ? text : string.Concat(text.AsSpan(0, Math.Max(1, fits - 1)), "…");
    }
}
