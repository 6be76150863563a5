using Tradeoff.Core.Qualities;

namespace Tradeoff.Selection;

/// <summary>Differences between two candidates on one quality, in words (<c>0.4 ms slower than decision-tree at p99</c>).</summary>
internal static class Phrases
{
    /// <summary><c>highest accuracy</c> or <c>lowest latency.p99</c>.</summary>
    public static string Best(QualityDescriptor quality) =>
        (quality.Direction == Direction.HigherIsBetter ? "highest " : "lowest ") + quality.Id;

    /// <summary>What <paramref name="worse"/> (a positive amount in the quality's unit) costs against <paramref name="other"/>.</summary>
    public static string CostAgainst(QualityDescriptor quality, double worse, string other)
    {
        var amount = QualityFormat.Difference(worse, quality.Unit);
        return Shape(quality) switch
        {
            Kind.Latency => $"{amount} slower than {other} at {quality.Id["latency.".Length..]}",
            Kind.Time when quality.Id == QualityIds.TrainTime => $"{amount} slower to train than {other}",
            Kind.Time => $"{amount} slower than {other} at {quality.Id}",
            Kind.Size => $"{amount} larger {quality.Id} than {other}",
            Kind.Higher => $"{amount} lower {quality.Id} than {other}",
            _ => $"{amount} higher {quality.Id} than {other}",
        };
    }

    /// <summary>A signed change on one quality: <c>+3.1 points of accuracy</c>, <c>0.4 ms faster at p99</c>, <c>1.2 MB larger model-size</c>.</summary>
    public static string Change(QualityDescriptor quality, double delta)
    {
        var amount = QualityFormat.Difference(delta, quality.Unit);
        var up = delta > 0;
        return Shape(quality) switch
        {
            Kind.Latency => $"{amount} {(up ? "slower" : "faster")} at {quality.Id["latency.".Length..]}",
            Kind.Time when quality.Id == QualityIds.TrainTime => $"{amount} {(up ? "slower" : "faster")} to train",
            Kind.Time => $"{amount} {(up ? "slower" : "faster")} {quality.Id}",
            Kind.Size => $"{amount} {(up ? "larger" : "smaller")} {quality.Id}",
            _ => $"{(up ? "+" : "-")}{amount} of {quality.Id}",
        };
    }

    private static Kind Shape(QualityDescriptor quality) => quality switch
    {
        { Direction: Direction.LowerIsBetter } when quality.Id.StartsWith("latency.", StringComparison.Ordinal) => Kind.Latency,
        { Direction: Direction.LowerIsBetter, Unit: "us" or "s" } => Kind.Time,
        { Direction: Direction.LowerIsBetter, Unit: "B" } => Kind.Size,
        { Direction: Direction.HigherIsBetter } => Kind.Higher,
        _ => Kind.Lower,
    };

    private enum Kind
    {
        Latency,
        Time,
        Size,
        Higher,
        Lower,
    }
}
