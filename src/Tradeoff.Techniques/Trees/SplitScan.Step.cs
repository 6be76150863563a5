using System.Runtime.CompilerServices;

namespace Tradeoff.Techniques.Trees;

/// <summary>What a threshold scan does with the split before the next bin.</summary>
internal enum ScanStep
{
    /// <summary>The left side is below the leaf minimum: try the next threshold.</summary>
    Skip,

    /// <summary>The right side is below the leaf minimum, and only shrinks from here: stop.</summary>
    Stop,

    /// <summary>The split is scored.</summary>
    Scored,
}

/// <summary>The two steps every threshold scan (over a histogram, over sorted rows) takes per bin, written once and inlined into both loops.</summary>
internal static partial class SplitScan
{
    /// <summary>Moves <paramref name="amount"/> of statistic <paramref name="k"/> to the left side, updating both sides' impurity terms.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MoveLeft<T>(
        T impurity, int k, double amount, ReadOnlySpan<double> parent, Span<double> left, Span<double> termLeft, Span<double> termRight,
        ref double termsLeft, ref double termsRight)
        where T : struct, IImpurity
    {
        var l = left[k] + amount;
        var tl = impurity.Term(l);
        var tr = impurity.Term(parent[1 + k] - l);
        termsLeft += tl - termLeft[k];
        termsRight += tr - termRight[k];
        termLeft[k] = tl;
        termRight[k] = tr;
        left[k] = l;
    }

    /// <summary>
    /// Scores the split with <paramref name="weightLeft"/> on the left: without missing rows from the running terms,
    /// else with the missing rows sent to the larger branch (<see cref="WithMissing"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScanStep Score<T>(
        T impurity, bool hasMissing, double weightLeft, double termsLeft, double termsRight, ReadOnlySpan<double> left,
        ReadOnlySpan<double> parent, ReadOnlySpan<double> missing, double minLeaf, out double score, out bool missingLeft)
        where T : struct, IImpurity
    {
        if (!hasMissing)
        {
            var weightRight = parent[0] - weightLeft;
            score = 0;
            missingLeft = false;
            if (weightLeft < minLeaf)
            {
                return ScanStep.Skip;
            }

            if (weightRight < minLeaf)
            {
                return ScanStep.Stop;
            }

            missingLeft = weightLeft >= weightRight;
            score = impurity.Score(termsLeft, termsRight, weightLeft, weightRight);
            return ScanStep.Scored;
        }

        return WithMissing(impurity, left, weightLeft, parent, missing, minLeaf, out score, out missingLeft) ? ScanStep.Scored : ScanStep.Skip;
    }
}
