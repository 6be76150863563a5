using System.Globalization;
using Tradeoff.Core.Results;

namespace Tradeoff.Selection.Tests;

/// <summary>
/// Candidates for properties, drawn as small integers so that ties and overlaps are common: each objective value is
/// a grid step (higher is better) mapped to a real figure (accuracy linear, latency, size and throughput logarithmic),
/// and an interval is a number of grid steps either side.
/// </summary>
internal sealed class Grid
{
    public static readonly string[] Objectives = ["accuracy", "latency.p99", "model-size", "throughput"];

    private Grid(int objectives) => Count = objectives;

    /// <summary>Objectives in use, 1 to 4.</summary>
    public int Count { get; }

    public IReadOnlyList<string> Used => Objectives.Take(Count).ToList();

    /// <summary>A candidate at grid steps <paramref name="steps"/>, each with <paramref name="halfWidths"/> steps of noise (null: exact).</summary>
    public Candidate Candidate(string id, int[] steps, int[]? halfWidths = null, bool interpretable = false)
    {
        var qualities = new Dictionary<string, QualityValue>(StringComparer.Ordinal);
        for (var k = 0; k < Count; k++)
        {
            var h = halfWidths?[k] ?? 0;
            var (low, high) = (Figure(k, steps[k] - h), Figure(k, steps[k] + h));
            qualities[Objectives[k]] = h == 0
                ? Make.Value(Objectives[k], Figure(k, steps[k]))
                : Make.Value(Objectives[k], Figure(k, steps[k]), Math.Min(low, high), Math.Max(low, high));
        }

        return new Candidate(id, id, qualities, interpretable ? new HashSet<string> { "interpretable" } : []);
    }

    /// <summary>A grid of 1 to 4 objectives drawn from <paramref name="random"/>.</summary>
    public static Grid Draw(Random random) => new(random.Next(1, Objectives.Length + 1));

    /// <summary>
    /// <paramref name="count"/> rows: steps 0 to 8 on each objective and, when <paramref name="noisy"/>, half-widths
    /// of 0 to 2 steps (about one figure in three exact).
    /// </summary>
    public List<Row> Rows(Random random, int count, bool noisy) =>
        Enumerable.Range(0, count).Select(_ => Draw(random, noisy)).ToList();

    public Row Draw(Random random, bool noisy) => new(
        Enumerable.Range(0, Count).Select(_ => random.Next(9)).ToArray(),
        noisy ? Enumerable.Range(0, Count).Select(_ => random.Next(3)).ToArray() : null,
        random.Next(2) == 0);

    /// <summary>Candidates c0, c1, ... of the rows.</summary>
    public List<Candidate> Candidates(IEnumerable<Row> rows) =>
        rows.Select((r, i) => Candidate("c" + i.ToString(CultureInfo.InvariantCulture), r.Steps, r.HalfWidths, r.Interpretable)).ToList();

    /// <summary>Weights of 1 to 4 by objective.</summary>
    public Dictionary<string, double> Weights(Random random) =>
        Used.ToDictionary(q => q, _ => (double)random.Next(1, 5), StringComparer.Ordinal);

    private static double Figure(int objective, int step) => objective switch
    {
        0 => 0.5 + (0.04 * step),
        1 => Math.Pow(10, 3 - (step / 2.0)),
        2 => Math.Pow(10, 7 - (step / 2.0)),
        _ => Math.Pow(10, 2 + (step / 2.0)),
    };

    /// <summary>One candidate in grid steps.</summary>
    public sealed record Row(int[] Steps, int[]? HalfWidths, bool Interpretable);
}
