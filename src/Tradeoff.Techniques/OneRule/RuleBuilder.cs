using Tradeoff.Core.Data;

namespace Tradeoff.Techniques.OneRule;

/// <summary>Builds the rule set of one attribute as Weka's OneR does (Holte 1993).</summary>
internal static class RuleBuilder
{
    /// <summary>One branch per level, each predicting its majority class; missing values form their own branch.</summary>
    public static RuleCandidate Nominal(int feature, Column column, int[] labels, int classCount)
    {
        var counts = new int[column.Levels.Count][];
        for (var l = 0; l < counts.Length; l++)
        {
            counts[l] = new int[classCount];
        }

        var missing = new int[classCount];
        var values = column.Values;
        for (var r = 0; r < values.Length; r++)
        {
            var v = values[r];
            if (float.IsNaN(v))
            {
                missing[labels[r]]++;
            }
            else
            {
                counts[(int)v][labels[r]]++;
            }
        }

        return new RuleCandidate(feature, [], counts, missing);
    }

    /// <summary>
    /// Sorts the values and forms intervals: a bucket per distinct value, then each bucket absorbs its
    /// predecessor while they share a majority class or the predecessor's majority has fewer than
    /// <paramref name="minBucketSize"/> rows; finally adjacent intervals with the same class merge.
    /// </summary>
    public static RuleCandidate Numeric(int feature, Column column, int[] labels, int classCount, int minBucketSize)
    {
        var values = column.Values;
        var missing = new int[classCount];
        var present = new List<int>(values.Length);
        for (var r = 0; r < values.Length; r++)
        {
            if (float.IsNaN(values[r]))
            {
                missing[labels[r]]++;
            }
            else
            {
                present.Add(r);
            }
        }

        if (present.Count == 0)
        {
            // Only missing values: one empty interval covering everything; the missing branch carries the rule.
            return new RuleCandidate(feature, [], [new int[classCount]], missing);
        }

        // Equal values land in one bucket, so the order among ties does not matter.
        var order = present.ToArray();
        var keys = order.Select(r => values[r]).ToArray();
        Array.Sort(keys, order);
        var (buckets, cuts) = TrivialBuckets(order, values, labels, classCount);
        (buckets, cuts) = Merge(buckets, cuts, (previous, next) =>
            Majority(next) == Majority(previous) || previous[Majority(previous)] < minBucketSize);
        (buckets, cuts) = Merge(buckets, cuts, (previous, next) => Majority(next) == Majority(previous));
        return new RuleCandidate(feature, [.. cuts], [.. buckets], missing);
    }

    /// <summary>The first class with the highest count (Weka's maxIndex: ties go to the lower class index).</summary>
    public static int Majority(ReadOnlySpan<int> counts)
    {
        var best = 0;
        for (var c = 1; c < counts.Length; c++)
        {
            if (counts[c] > counts[best])
            {
                best = c;
            }
        }

        return best;
    }

    // One bucket per distinct value; the cut between two buckets is the midpoint of their values.
    private static (List<int[]> Buckets, List<float> Cuts) TrivialBuckets(int[] order, float[] values, int[] labels, int classCount)
    {
        var buckets = new List<int[]>();
        var cuts = new List<float>();
        var last = float.NaN;
        foreach (var r in order)
        {
            var v = values[r];
            if (buckets.Count == 0 || v > last)
            {
                if (buckets.Count > 0)
                {
                    cuts.Add(Midpoint(last, v));
                }

                buckets.Add(new int[classCount]);
                last = v;
            }

            buckets[^1][labels[r]]++;
        }

        return (buckets, cuts);
    }

    // Walks left to right; when the rule says so, the previous bucket is added into the current one and the cut
    // between them disappears. Cuts[i] is the upper boundary of bucket i (the last bucket has none).
    private static (List<int[]> Buckets, List<float> Cuts) Merge(List<int[]> buckets, List<float> cuts, Func<int[], int[], bool> absorbs)
    {
        var merged = new List<int[]>(buckets.Count);
        var mergedCuts = new List<float>(cuts.Count);
        for (var i = 0; i < buckets.Count; i++)
        {
            var next = buckets[i];
            if (merged.Count > 0 && absorbs(merged[^1], next))
            {
                var previous = merged[^1];
                for (var c = 0; c < next.Length; c++)
                {
                    next[c] += previous[c];
                }

                merged.RemoveAt(merged.Count - 1);
                mergedCuts.RemoveAt(mergedCuts.Count - 1);
            }

            merged.Add(next);
            if (i < cuts.Count)
            {
                mergedCuts.Add(cuts[i]);
            }
        }

        return (merged, mergedCuts);
    }

    // Halfway in double, then made sure to stay above the lower value once rounded to float, so that the
    // lower value always falls left of the cut and the upper one right of it.
    private static float Midpoint(float lower, float upper)
    {
        var mid = (float)((lower + (double)upper) / 2);
        return mid > lower ? mid : upper;
    }
}
