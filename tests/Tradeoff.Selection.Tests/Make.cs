using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Selection.Constraints;

namespace Tradeoff.Selection.Tests;

/// <summary>Tiny candidates and constraints built in code.</summary>
internal static class Make
{
    public static Candidate Candidate(string id, params (string Quality, double Value)[] values) =>
        Candidate(id, [], values);

    public static Candidate Candidate(string id, string[] capabilities, params (string Quality, double Value)[] values) =>
        new(id, id, values.ToDictionary(v => v.Quality, v => Value(v.Quality, v.Value), StringComparer.Ordinal), capabilities.ToHashSet(StringComparer.Ordinal));

    public static QualityValue Value(string quality, double value, double? lower = null, double? upper = null) =>
        new() { Value = value, Unit = QualityCatalog.Find(quality)!.Unit, Direction = QualityCatalog.Find(quality)!.Direction, Lower = lower, Upper = upper };

    /// <summary>A candidate whose one quality has a 95% interval.</summary>
    public static Candidate WithInterval(string id, string quality, double value, double lower, double upper) =>
        new(id, id, new Dictionary<string, QualityValue> { [quality] = Value(quality, value, lower, upper) }, new HashSet<string>());

    /// <summary>A candidate whose values each have a 95% interval of value ± half-width (half-width 0: exact).</summary>
    public static Candidate Noisy(string id, string[] capabilities, params (string Quality, double Value, double HalfWidth)[] values) =>
        new(
            id,
            id,
            values.ToDictionary(v => v.Quality, v => v.HalfWidth > 0 ? Value(v.Quality, v.Value, v.Value - v.HalfWidth, v.Value + v.HalfWidth) : Value(v.Quality, v.Value), StringComparer.Ordinal),
            capabilities.ToHashSet(StringComparer.Ordinal));

    public static Constraint Constraint(string text) => ConstraintParser.Parse(new ConstraintSpec(text, 3, 5), "study.yaml");

    public static IReadOnlyList<Constraint> Constraints(params string[] texts) => texts.Select(Constraint).ToList();
}
