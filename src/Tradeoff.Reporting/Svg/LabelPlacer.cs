namespace Tradeoff.Reporting.Svg;

/// <summary>
/// Places point labels greedily so that none covers another label or a point: for each label in turn it tries
/// positions around its point (right, left, above, below, then the diagonals, then further out) and takes the first
/// that stays inside the plot area and is free. A label with no free position is not drawn (the caller names the
/// point in its legend instead). Hand-written: a force-directed placer (as d3-labeler) moves labels away from their
/// points and needs a leader line; with a few dozen points the greedy search finds a free spot for most labels.
/// </summary>
internal sealed class LabelPlacer(double left, double top, double right, double bottom)
{
    private const double Gap = 2;
    private static readonly double[] Distances = [7, 13, 20];

    private readonly List<TextBox> _taken = [];

    /// <summary>Marks a drawn point as taken, so that no label covers it.</summary>
    public void Reserve(double px, double py, double radius) => _taken.Add(new TextBox(px - radius, py - radius, px + radius, py + radius));

    /// <summary>Marks a drawn text as taken.</summary>
    public void Reserve(TextBox box) => _taken.Add(box);

    /// <summary>A free position for <paramref name="text"/> near the point, or null when there is none.</summary>
    public (double X, double Y, string Anchor)? Place(double px, double py, string text, double size)
    {
        var middle = (TextBox.Ascent - TextBox.Descent) * size / 2;
        foreach (var d in Distances)
        {
            (double X, double Y, string Anchor)[] candidates =
            [
                (px + d, py + middle, "start"),
                (px - d, py + middle, "end"),
                (px, py - d, "middle"),
                (px, py + d + (TextBox.Ascent * size), "middle"),
                (px + d, py - d + 2, "start"),
                (px + d, py + d + (TextBox.Ascent * size) - 2, "start"),
                (px - d, py - d + 2, "end"),
                (px - d, py + d + (TextBox.Ascent * size) - 2, "end"),
            ];
            foreach (var (x, y, anchor) in candidates)
            {
                var box = TextBox.Of(x, y, text, size, anchor);
                var padded = new TextBox(box.X1 - Gap, box.Y1 - Gap, box.X2 + Gap, box.Y2 + Gap);
                if (box.Inside(left, top, right, bottom) && !_taken.Any(padded.Overlaps))
                {
                    _taken.Add(box);
                    return (x, y, anchor);
                }
            }
        }

        return null;
    }
}
