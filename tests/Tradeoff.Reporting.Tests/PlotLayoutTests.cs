using System.Globalization;
using System.Xml.Linq;
using Tradeoff.Reporting.Plots;
using Tradeoff.Reporting.Svg;

namespace Tradeoff.Reporting.Tests;

/// <summary>
/// The layout of every plot of a crowded run (twelve techniques with close values), read back from its SVG: each text's
/// box is estimated from its font size and character count (as a browser would draw it in a sans-serif font), turned
/// by its rotation, and checked against every other text, every drawn point and the edges of the image.
/// </summary>
public sealed class PlotLayoutTests
{
    // Wider than the average sans-serif glyph (DejaVu Sans, the widest of the page's fonts, averages about 0.55 em on
    // lower-case kebab-case names), so that a box here holds the text the browser draws.
    private const double CharWidth = 0.6;
    private const double Ascent = 0.78;
    private const double Descent = 0.22;
    private const double SmallestReadable = 11;

    public static TheoryData<string> PlotNames() => [.. ReportPlots.All(CrowdedDocument.Create()).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(PlotNames))]
    public void No_two_texts_of_a_plot_overlap(string name)
    {
        var texts = Texts(Plot(name));

        var overlaps = texts.SelectMany((a, i) => texts.Skip(i + 1).Where(b => a.Box.Overlaps(b.Box)).Select(b => $"'{a.Content}' and '{b.Content}'")).ToList();

        Assert.True(overlaps.Count == 0, $"{name}: overlapping texts: {string.Join("; ", overlaps)}");
    }

    [Theory]
    [MemberData(nameof(PlotNames))]
    public void Every_text_stays_inside_the_image(string name)
    {
        var svg = Plot(name);
        var viewBox = svg.Attribute("viewBox")!.Value.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();

        var outside = Texts(svg).Where(t => t.Box.Corners.Any(c => c.X < 0 || c.Y < 0 || c.X > viewBox[2] || c.Y > viewBox[3])).Select(t => t.Content).ToList();

        Assert.True(outside.Count == 0, $"{name}: texts leaving the image: {string.Join("; ", outside)}");
    }

    [Theory]
    [MemberData(nameof(PlotNames))]
    public void No_text_covers_a_drawn_point(string name)
    {
        var svg = Plot(name);
        var points = Points(svg).ToList();

        var covered = Texts(svg).SelectMany(t => points.Where(t.Box.Contains).Select(p => $"'{t.Content}' covers ({p.X:0.#}, {p.Y:0.#})")).ToList();

        Assert.True(covered.Count == 0, $"{name}: {string.Join("; ", covered.Take(10))}");
    }

    [Theory]
    [MemberData(nameof(PlotNames))]
    public void Every_text_is_readable_size(string name)
    {
        var small = Texts(Plot(name)).Where(t => t.Size < SmallestReadable).Select(t => $"'{t.Content}' at {t.Size}").ToList();

        Assert.True(small.Count == 0, $"{name}: texts smaller than {SmallestReadable}: {string.Join("; ", small.Take(10))}");
    }

    [Fact]
    public void The_crowded_run_draws_every_plot()
    {
        var plots = ReportPlots.All(CrowdedDocument.Create());

        Assert.All(plots, p => Assert.NotNull(p.Svg));
        Assert.Contains(plots, p => p.Name.StartsWith("tuning-", StringComparison.Ordinal));
        Assert.Equal(3, plots.Count(p => p.Name.StartsWith("pareto-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_technique_of_the_crowded_run_is_named_in_each_scatter_either_at_its_point_or_in_the_legend()
    {
        foreach (var plot in ReportPlots.Pareto(CrowdedDocument.Create()))
        {
            var texts = Texts(XElement.Parse(plot.Svg!)).Select(t => t.Content).ToHashSet(StringComparer.Ordinal);

            Assert.All(CrowdedDocument.Names, n => Assert.Contains(n, texts));
        }
    }

    [Fact]
    public void Twelve_techniques_get_twelve_colours_that_stay_apart_for_colour_blind_readers()
    {
        var colors = Enumerable.Range(0, 12).Select(Palette.Of).ToList();

        Assert.Equal(12, colors.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var vision in ColorVision.All)
        {
            var closest = colors.SelectMany((a, i) => colors.Skip(i + 1).Select(b => ColorVision.Distance(a, b, vision))).Min();
            Assert.True(closest > 12, $"two palette colours are only {closest:0.0} apart (CIE76) for {vision} vision");
        }
    }

    private static XElement Plot(string name) => XElement.Parse(ReportPlots.All(CrowdedDocument.Create()).Single(p => p.Name == name).Svg!);

    private static List<Label> Texts(XElement svg) => svg.Descendants(Ns + "text").Select(Label.Of).ToList();

    private static IEnumerable<(double X, double Y)> Points(XElement svg)
    {
        foreach (var circle in svg.Descendants(Ns + "circle"))
        {
            yield return (D(circle, "cx"), D(circle, "cy"));
        }

        foreach (var polyline in svg.Descendants(Ns + "polyline"))
        {
            foreach (var pair in polyline.Attribute("points")!.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var xy = pair.Split(',');
                yield return (double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture));
            }
        }
    }

    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    private static double D(XElement e, string attribute) => double.Parse(e.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    private sealed record Label(string Content, double Size, Box Box)
    {
        public static Label Of(XElement text)
        {
            var content = text.Value;
            var size = D(text, "font-size");
            var (x, y) = (D(text, "x"), D(text, "y"));
            var width = content.Length * size * CharWidth;
            var left = text.Attribute("text-anchor")?.Value switch
            {
                "middle" => x - (width / 2),
                "end" => x - width,
                _ => x,
            };
            var angle = 0.0;
            if (text.Attribute("transform")?.Value is { } transform)
            {
                // rotate(A X Y), about the text's own anchor point as SvgCanvas writes it.
                angle = double.Parse(transform["rotate(".Length..].Split(' ')[0], CultureInfo.InvariantCulture);
            }

            return new Label(content, size, Box.Rotated(left, y - (Ascent * size), width, size, angle, x, y));
        }
    }

    /// <summary>A rectangle, possibly turned: its four corners in order.</summary>
    private sealed record Box(IReadOnlyList<(double X, double Y)> Corners)
    {
        public static Box Rotated(double left, double top, double width, double height, double degrees, double cx, double cy)
        {
            var r = degrees * Math.PI / 180;
            (double X, double Y)[] corners = [(left, top), (left + width, top), (left + width, top + height), (left, top + height)];
            return new Box(corners.Select(c => (
                cx + ((c.X - cx) * Math.Cos(r)) - ((c.Y - cy) * Math.Sin(r)),
                cy + ((c.X - cx) * Math.Sin(r)) + ((c.Y - cy) * Math.Cos(r)))).ToList());
        }

        /// <summary>Separating axes: two convex boxes overlap unless an edge's normal separates their projections.</summary>
        public bool Overlaps(Box other)
        {
            foreach (var box in new[] { this, other })
            {
                for (var i = 0; i < 4; i++)
                {
                    var (ax, ay) = box.Corners[i];
                    var (bx, by) = box.Corners[(i + 1) % 4];
                    var (nx, ny) = (ay - by, bx - ax);
                    var (min1, max1) = Project(this, nx, ny);
                    var (min2, max2) = Project(other, nx, ny);
                    if (max1 <= min2 + 1e-6 || max2 <= min1 + 1e-6)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        public bool Contains((double X, double Y) point) =>
            Overlaps(new Box([(point.X - 0.01, point.Y - 0.01), (point.X + 0.01, point.Y - 0.01), (point.X + 0.01, point.Y + 0.01), (point.X - 0.01, point.Y + 0.01)]));

        private static (double Min, double Max) Project(Box box, double nx, double ny)
        {
            var values = box.Corners.Select(c => (c.X * nx) + (c.Y * ny)).ToList();
            return (values.Min(), values.Max());
        }
    }
}
