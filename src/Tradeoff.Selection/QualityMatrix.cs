using Tradeoff.Core.Qualities;

namespace Tradeoff.Selection;

/// <summary>
/// The survivors' values of the qualities that rank them: raw, with the half-widths of their 95% intervals, and
/// placed on each quality's fixed scale (1 the best, a missing value 0), with the half-width of the scaled interval.
/// Nothing here depends on which other candidates are in the matrix. Also the keys of the tie rule: interpretable,
/// and the parameter count.
/// </summary>
internal sealed class QualityMatrix
{
    public QualityMatrix(IReadOnlyList<Candidate> candidates, IReadOnlyList<QualityDescriptor> qualities, IReadOnlyList<QualityScale> scales)
    {
        Candidates = candidates;
        Qualities = qualities;
        Scales = scales;
        Raw = new double[candidates.Count][];
        HalfWidth = new double[candidates.Count][];
        Scaled = new double[candidates.Count][];
        ScaledHalfWidth = new double[candidates.Count][];
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            Raw[i] = qualities.Select(q => candidate.ValueOf(q.Id)).ToArray();
            HalfWidth[i] = qualities.Select(q => candidate.HalfWidthOf(q.Id)).ToArray();
            Scaled[i] = scales.Select((s, k) => s.Scaled(Raw[i][k])).ToArray();
            ScaledHalfWidth[i] = scales.Select(s => s.HalfWidth(candidate.Qualities.GetValueOrDefault(s.Quality))).ToArray();
        }

        Interpretable = candidates.Select(c => c.Capabilities.Contains("interpretable")).ToArray();
        Parameters = candidates.Select(c => c.ValueOf(QualityIds.Parameters)).ToArray();
    }

    public IReadOnlyList<Candidate> Candidates { get; }

    public IReadOnlyList<QualityDescriptor> Qualities { get; }

    public IReadOnlyList<QualityScale> Scales { get; }

    public double[][] Raw { get; }

    /// <summary>Half-widths of the raw values' 95% intervals (0: exact or missing).</summary>
    public double[][] HalfWidth { get; }

    /// <summary>Values placed on the qualities' scales, in [0, 1].</summary>
    public double[][] Scaled { get; }

    /// <summary>Half-widths of the scaled intervals.</summary>
    public double[][] ScaledHalfWidth { get; }

    /// <summary>Per row: the candidate has the interpretable capability.</summary>
    public bool[] Interpretable { get; }

    /// <summary>Per row: its <c>parameters</c>, or NaN when not measured.</summary>
    public double[] Parameters { get; }

    public int IndexOf(string quality) => Qualities.Select(q => q.Id).ToList().IndexOf(quality);

    /// <summary>The weighted sum of scaled values of row <paramref name="row"/>; weights are aligned with <see cref="Qualities"/>.</summary>
    public double Utility(int row, double[] weights)
    {
        var sum = 0.0;
        for (var k = 0; k < weights.Length; k++)
        {
            sum += weights[k] * Scaled[row][k];
        }

        return sum;
    }

    /// <summary>
    /// The noise of the difference of rows <paramref name="a"/> and <paramref name="b"/>'s utilities:
    /// sqrt(sum of (weight x the scaled noise of their difference on each quality)^2). The scaled noise of a paired
    /// difference (<see cref="DifferenceNoise"/>) is its raw margin placed on the scale around the two values;
    /// otherwise sqrt of the two scaled half-widths squared.
    /// </summary>
    public double UtilityMargin(int a, int b, double[] weights)
    {
        var sum = 0.0;
        for (var k = 0; k < weights.Length; k++)
        {
            var part = weights[k] * ScaledMargin(a, b, k);
            sum += part * part;
        }

        return Math.Sqrt(sum);
    }

    /// <summary>The noise of the difference of rows <paramref name="a"/> and <paramref name="b"/> on column <paramref name="column"/>, on its scale.</summary>
    public double ScaledMargin(int a, int b, int column)
    {
        var quality = Scales[column].Quality;
        return Scales[column].DifferenceHalfWidth(Candidates[a].Qualities.GetValueOrDefault(quality), Candidates[b].Qualities.GetValueOrDefault(quality));
    }

    /// <summary>The half-width of row <paramref name="row"/>'s utility: sqrt(sum of (weight x scaled half-width)^2), independent figures.</summary>
    public double UtilityHalfWidth(int row, double[] weights)
    {
        var sum = 0.0;
        for (var k = 0; k < weights.Length; k++)
        {
            var part = weights[k] * ScaledHalfWidth[row][k];
            sum += part * part;
        }

        return Math.Sqrt(sum);
    }

    /// <summary>The cost (lower is better, missing is +infinity) of row <paramref name="row"/> on column <paramref name="column"/>.</summary>
    public double Cost(int row, int column) => QualityResolver.Cost(Raw[row][column], Qualities[column].Direction);

    /// <summary>True when row <paramref name="a"/> is better than row <paramref name="b"/> on column <paramref name="column"/> beyond the noise.</summary>
    public bool Better(int a, int b, int column) => Noise.Better(Cost(a, column), Cost(b, column), Candidates[a].MarginAgainst(Candidates[b], Qualities[column].Id));
}
