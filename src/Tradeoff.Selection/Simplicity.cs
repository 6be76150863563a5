using Tradeoff.Core.Qualities;

namespace Tradeoff.Selection;

/// <summary>
/// The rule that breaks a tie within the noise without resting on a noisy figure: the simpler candidate first.
/// Interpretable before not; then fewer <c>parameters</c> (a candidate with a count before one without, so the order
/// stays transitive); then the smaller id, ordinal.
/// </summary>
internal sealed class Simplicity(QualityMatrix matrix) : IComparer<int>
{
    public int Compare(int x, int y)
    {
        if (matrix.Interpretable[x] != matrix.Interpretable[y])
        {
            return matrix.Interpretable[x] ? -1 : 1;
        }

        var (px, py) = (matrix.Parameters[x], matrix.Parameters[y]);
        if (double.IsNaN(px) != double.IsNaN(py))
        {
            return double.IsNaN(px) ? 1 : -1;
        }

        if (!double.IsNaN(px) && px != py)
        {
            return px.CompareTo(py);
        }

        return string.CompareOrdinal(matrix.Candidates[x].Id, matrix.Candidates[y].Id);
    }

    /// <summary>Which part of the rule puts <paramref name="first"/> before <paramref name="second"/>, in words.</summary>
    public string Reason(int first, int second)
    {
        var other = matrix.Candidates[second].Id;
        if (matrix.Interpretable[first] != matrix.Interpretable[second])
        {
            return $"interpretable, {other} is not";
        }

        var (p1, p2) = (matrix.Parameters[first], matrix.Parameters[second]);
        if (double.IsNaN(p1) != double.IsNaN(p2))
        {
            return $"its parameters are counted, {other}'s are not";
        }

        return !double.IsNaN(p1) && p1 != p2
            ? $"fewer parameters, {QualityFormat.Number(p1)} against {QualityFormat.Number(p2)}"
            : $"the smaller id ({matrix.Candidates[first].Id} before {other})";
    }
}
