using System.Globalization;
using System.Net;
using System.Text;

namespace Tradeoff.Reporting.Svg;

/// <summary>
/// A small SVG writer. Written by hand rather than with ScottPlot because the plots go inline into an HTML page
/// that must work offline: plain SVG elements are escapable text, can carry ids and titles for the page's script,
/// and their text always renders because the browser draws it with its own fonts (ScottPlot rasterizes text with
/// a font it must find on the machine, and draws none when it finds none).
/// </summary>
internal sealed class SvgCanvas
{
    public const string Font = "system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', Arial, sans-serif";

    private readonly StringBuilder _body = new();

    public SvgCanvas(double width, double height, string title)
    {
        Width = width;
        Height = height;
        Title = title;
    }

    public double Width { get; }

    public double Height { get; }

    public string Title { get; }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null) =>
        _body.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{stroke}\" stroke-width=\"{N(width)}\"{Dash(dash)}/>\n");

    public void Rect(double x, double y, double width, double height, string fill, string? stroke = null, string? title = null)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Math.Max(0, width))}\" height=\"{N(Math.Max(0, height))}\" fill=\"{fill}\"{(stroke is null ? string.Empty : $" stroke=\"{stroke}\"")}");
        Close("rect", title);
    }

    public void Circle(double cx, double cy, double r, string fill, string stroke, string? title = null, string? cssClass = null)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"1.5\"{(cssClass is null ? string.Empty : $" class=\"{cssClass}\"")}");
        Close("circle", title);
    }

    /// <summary>An x-shaped marker (an eliminated point): two strokes through the centre.</summary>
    public void Cross(double cx, double cy, double r, string stroke, string? title = null)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<path d=\"M{N(cx - r)} {N(cy - r)}L{N(cx + r)} {N(cy + r)}M{N(cx - r)} {N(cy + r)}L{N(cx + r)} {N(cy - r)}\" stroke=\"{stroke}\" stroke-width=\"2\" fill=\"none\"");
        Close("path", title);
    }

    public void Polyline(IEnumerable<(double X, double Y)> points, string stroke, double width = 1.5, string? dash = null, string? title = null)
    {
        var text = string.Join(" ", points.Select(p => N(p.X) + "," + N(p.Y)));
        _body.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{text}\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"{N(width)}\" stroke-linejoin=\"round\"{Dash(dash)}");
        Close("polyline", title);
    }

    /// <summary>Text from data is escaped here, so a label can never become markup.</summary>
    public void Text(double x, double y, string text, double size = 11, string anchor = "start", string fill = "#333", double rotate = 0, string weight = "normal")
    {
        var transform = rotate == 0 ? string.Empty : $" transform=\"rotate({N(rotate)} {N(x)} {N(y)})\"";
        _body.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"{N(size)}\" text-anchor=\"{anchor}\" fill=\"{fill}\" font-weight=\"{weight}\"{transform}>{WebUtility.HtmlEncode(text)}</text>\n");
    }

    public override string ToString() =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(Width)} {N(Height)}\" width=\"{N(Width)}\" height=\"{N(Height)}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(Title)}\" font-family=\"{Font}\">\n"
        + $"<title>{WebUtility.HtmlEncode(Title)}</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n{_body}</svg>\n";

    /// <summary>A coordinate with at most two decimals, invariant culture.</summary>
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Dash(string? dash) => dash is null ? string.Empty : $" stroke-dasharray=\"{dash}\"";

    private void Close(string element, string? title)
    {
        if (title is null)
        {
            _body.Append("/>\n");
        }
        else
        {
            _body.Append('>').Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title></").Append(element).Append(">\n");
        }
    }
}
