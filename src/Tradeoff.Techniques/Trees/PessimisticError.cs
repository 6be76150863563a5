using MathNet.Numerics.Distributions;

namespace Tradeoff.Techniques.Trees;

/// <summary>
/// C4.5's pessimistic estimate of the errors a node makes on unseen rows: the upper limit of a binomial confidence
/// interval on its training error rate, as Weka's <c>Stats.addErrs</c> computes it (normal approximation with a
/// continuity correction, exact for fewer than one error). Written here because no .NET library offers C4.5's
/// formula; the normal quantile comes from MathNet.
/// </summary>
internal sealed class PessimisticError
{
    private readonly double _confidence;
    private readonly double _z;

    public PessimisticError(double confidence)
    {
        _confidence = confidence;
        _z = Normal.InvCDF(0, 1, 1 - confidence);
    }

    /// <summary>Estimated errors of a leaf holding <paramref name="totals"/> (weight, then the weight of each class).</summary>
    public double OfLeaf(double[] totals)
    {
        var n = totals[0];
        var errors = TrainingErrors(totals);
        return n <= 0 ? 0 : errors + Added(n, errors);
    }

    /// <summary>Rows of a leaf with <paramref name="totals"/> that are not of its majority class.</summary>
    public static double TrainingErrors(double[] totals)
    {
        var max = 0.0;
        for (var k = 1; k < totals.Length; k++)
        {
            max = Math.Max(max, totals[k]);
        }

        return totals[0] - max;
    }

    /// <summary>Errors to add to <paramref name="errors"/> observed among <paramref name="n"/> rows (Weka's addErrs).</summary>
    public double Added(double n, double errors)
    {
        if (errors < 1)
        {
            // Exact for no error: the rate whose probability of no error among n rows is the confidence;
            // interpolated linearly between zero and one error.
            var zeroErrors = n * (1 - Math.Pow(_confidence, 1 / n));
            return errors == 0 ? zeroErrors : zeroErrors + (errors * (Added(n, 1) - zeroErrors));
        }

        if (errors + 0.5 >= n)
        {
            return Math.Max(n - errors, 0);
        }

        var z = _z;
        var f = (errors + 0.5) / n;
        var upper = (f + (z * z / (2 * n)) + (z * Math.Sqrt((f / n) - (f * f / n) + (z * z / (4 * n * n))))) / (1 + (z * z / n));
        return (upper * n) - errors;
    }
}
