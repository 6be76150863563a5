using Tradeoff.Core.Results;
using Tradeoff.Core.Statistics;

namespace Tradeoff.Store;

/// <summary>Compares two stored runs quality by quality (<c>tradeoff compare RUN_A RUN_B</c>): the same study on two machines or two library versions.</summary>
public static class RunComparison
{
    /// <summary>The level of the two-sided tests.</summary>
    public const double Alpha = 0.05;

    /// <summary>
    /// Every quality of every technique instance present in both runs, in run A's order. Significance comes
    /// from a paired t-test when both runs kept as many finite raw samples (at least two), else from Welch's
    /// t-test on value, standard deviation and sample count, else it is unknown.
    /// </summary>
    public static IReadOnlyList<QualityChange> Compare(StoredRun a, StoredRun b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var techniquesB = b.Techniques.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var changes = new List<QualityChange>();
        foreach (var techniqueA in a.Techniques)
        {
            if (!techniquesB.TryGetValue(techniqueA.Name, out var techniqueB))
            {
                continue;
            }

            foreach (var (quality, valueA) in techniqueA.Qualities)
            {
                if (techniqueB.Qualities.TryGetValue(quality, out var valueB))
                {
                    changes.Add(Change(techniqueA.Name, quality, valueA, valueB));
                }
            }
        }

        return changes;
    }

    private static QualityChange Change(string technique, string quality, QualityValue a, QualityValue b)
    {
        var (test, p) = Test(a, b);
        return new QualityChange
        {
            Technique = technique,
            Quality = quality,
            Unit = a.Unit,
            Direction = a.Direction,
            ValueA = a.IsAvailable ? a.Value : double.NaN,
            ValueB = b.IsAvailable ? b.Value : double.NaN,
            Test = test,
            PValue = p,
            Significance = p switch
            {
                null => Significance.Unknown,
                < Alpha => Significance.Significant,
                _ => Significance.NotSignificant,
            },
        };
    }

    private static (SignificanceTest Test, double? P) Test(QualityValue a, QualityValue b)
    {
        if (!a.IsAvailable || !b.IsAvailable)
        {
            return (SignificanceTest.None, null);
        }

        if (a.Samples is { Count: >= 2 } samplesA && b.Samples is { } samplesB && samplesA.Count == samplesB.Count
            && samplesA.All(double.IsFinite) && samplesB.All(double.IsFinite))
        {
            return (SignificanceTest.PairedT, TTests.PairedP(samplesA, samplesB));
        }

        if (Spread(a) is var (stdA, nA) && Spread(b) is var (stdB, nB))
        {
            return (SignificanceTest.WelchT, TTests.WelchP(a.Value, stdA, nA, b.Value, stdB, nB));
        }

        return (SignificanceTest.None, null);
    }

    /// <summary>The standard deviation and sample count, as stored or else from the raw samples.</summary>
    private static (double Std, int N)? Spread(QualityValue value)
    {
        var finiteSamples = value.Samples is { } s && s.All(double.IsFinite) ? s : null;
        var n = value.SampleCount ?? finiteSamples?.Count;
        var std = value.Std ?? (finiteSamples is { Count: >= 2 } ? TTests.Std(finiteSamples) : null);
        return n >= 2 && std is double d && double.IsFinite(d) && d >= 0 ? (d, n.Value) : null;
    }
}
