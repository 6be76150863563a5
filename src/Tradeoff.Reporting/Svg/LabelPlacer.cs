namespace Tradeoff.Reporting.Svg;

/// <summary>
/// Places point labels so that they do not cover each other: tries right-above, right-below, left-above, left-below
/// and further out, and takes the first free spot (text width estimated from the character count).
/// </summary>
internal sealed class LabelPlacer(double left, double right)
{
    private readonly List<(double X1, double Y1, double X2, double Y2)> _placed = [];

    /// <summary>Marks a drawn point as taken, so that no label covers it.</summary>
    public void Reserve(double px, double py, double radius) => _placed.Add((px - radius, py - radius, px + radius, py + radius));

    public (double X, double Y, string Anchor) Place(double px, double py, string text, double size)
    {
        var width = text.Length * size * 0.58;
        (double Dx, double Dy)[] offsets = [(8, -6), (8, 13), (-8, -6), (-8, 13), (8, -18), (8, 25), (-8, -18), (-8, 25)];
        (double X, double Y, string Anchor)? first = null;
        foreach (var (dx, dy) in offsets)
        {
            var anchor = dx > 0 ? "start" : "end";
            var x1 = dx > 0 ? px + dx : px + dx - width;
            var box = (X1: x1, Y1: py + dy - size, X2: x1 + width, Y2: py + dy + 2);
            if (box.X1 < left || box.X2 > right)
            {
                continue;
            }

            first ??= (px + dx, py + dy, anchor);
            if (!_placed.Any(b => b.X1 < box.X2 && box.X1 < b.X2 && b.Y1 < box.Y2 && box.Y1 < b.Y2))
            {
                _placed.Add(box);
                return (px + dx, py + dy, anchor);
            }
        }

        var fallback = first ?? (px - 8, py - 6, "end");
        return fallback;
    }
}
