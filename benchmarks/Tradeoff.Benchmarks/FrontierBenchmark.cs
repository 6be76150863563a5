using System.Diagnostics;
using System.Globalization;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Selection;

namespace Tradeoff.Benchmarks;

/// <summary>
/// The Pareto frontier of 10,000 random candidates over 5 objectives (must take under a second), with a naive
/// all-pairs frontier on the same data as the peer, and the whole selection (frontier, ranking, sensitivity).
/// Arguments: [candidates] [runs] [seed].
/// </summary>
internal sealed class FrontierBenchmark : IBenchmark
{
    private static readonly string[] Objectives = ["accuracy", "latency.p99", "model-size", "train-time", "throughput"];

    public string Name => "frontier";

    public string Description => "Pareto frontier of 10,000 candidates x 5 objectives (median of runs), peer: naive all-pairs";

    public int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 42;
        var candidates = RandomCandidates(count, seed);
        var weights = Objectives.ToDictionary(o => o, _ => 1.0);

        FrontierResult? frontier = null;
        var ours = Median(runs, () => frontier = ParetoFrontier.Compute(candidates, Objectives));
        var naiveSize = 0;
        var naive = Median(runs, () => naiveSize = NaiveFrontier(candidates));
        var select = Median(Math.Max(1, runs / 2), () => Selector.Select(new SelectionInput { Candidates = candidates, Weights = weights }));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"candidates {count}, objectives {Objectives.Length}, runs {runs}, seed {seed}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"frontier size {frontier!.Frontier.Count} (naive agrees: {naiveSize == frontier.Frontier.Count})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ParetoFrontier.Compute    median {ours:0.0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"naive all-pairs (peer)    median {naive:0.0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Selector.Select (1000 sensitivity samples) median {select:0.0} ms"));
        return ours < 1000 ? 0 : 1;
    }

    private static List<Candidate> RandomCandidates(int count, int seed)
    {
        var random = new Random(seed);
        var capabilities = new HashSet<string>();
        return Enumerable.Range(0, count).Select(i =>
        {
            var qualities = Objectives.ToDictionary(
                o => o,
                o => new QualityValue { Value = random.NextDouble(), Unit = QualityCatalog.Find(o)!.Unit, Direction = QualityCatalog.Find(o)!.Direction });
            return new Candidate("c" + i.ToString(CultureInfo.InvariantCulture), "t", qualities, capabilities);
        }).ToList();
    }

    // The textbook frontier: every candidate against every other, with the same direction handling.
    private static int NaiveFrontier(List<Candidate> candidates)
    {
        var directions = Objectives.Select(o => QualityCatalog.Find(o)!.Direction).ToArray();
        var costs = candidates.Select(c => Objectives.Select((o, k) => directions[k] == Direction.HigherIsBetter ? -c.ValueOf(o) : c.ValueOf(o)).ToArray()).ToArray();
        var size = 0;
        for (var i = 0; i < costs.Length; i++)
        {
            var dominated = false;
            for (var j = 0; j < costs.Length && !dominated; j++)
            {
                dominated = j != i && Dominates(costs[j], costs[i]);
            }

            size += dominated ? 0 : 1;
        }

        return size;
    }

    private static bool Dominates(double[] a, double[] b)
    {
        var better = false;
        for (var k = 0; k < a.Length; k++)
        {
            if (a[k] > b[k])
            {
                return false;
            }

            better |= a[k] < b[k];
        }

        return better;
    }

    private static double Median(int runs, Action action)
    {
        action();
        var times = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return runs % 2 == 1 ? times[runs / 2] : (times[(runs / 2) - 1] + times[runs / 2]) / 2;
    }
}
