using FsCheck;
using FsCheck.Xunit;

namespace Tradeoff.Selection.Tests;

public sealed class ParetoFrontierTests
{
    public static TheoryData<string, string[], (string Id, double[] Values)[], string[]> Cases => new()
    {
        {
            "two objectives", ["accuracy", "latency.p99"],
            [("a", [0.9, 100]), ("b", [0.8, 50]), ("c", [0.7, 80]), ("d", [0.9, 120])],
            ["a", "b"]
        },
        {
            "three objectives", ["accuracy", "latency.p99", "model-size"],
            [("a", [0.9, 100, 5000]), ("b", [0.9, 100, 4000]), ("c", [0.8, 50, 9000]), ("d", [0.7, 60, 9000])],
            ["b", "c"]
        },
        {
            "ties are both kept", ["accuracy", "latency.p99"],
            [("a", [0.9, 100]), ("b", [0.9, 100]), ("c", [0.8, 100])],
            ["a", "b"]
        },
        {
            "one objective keeps the best and its ties", ["accuracy"],
            [("a", [0.8]), ("b", [0.9]), ("c", [0.9]), ("d", [0.7])],
            ["b", "c"]
        },
        {
            "a NaN never dominates on its objective", ["accuracy", "latency.p99"],
            [("a", [double.NaN, 10]), ("b", [0.8, 50])],
            ["a", "b"]
        },
        {
            "a NaN is worst on its objective", ["accuracy", "latency.p99"],
            [("a", [double.NaN, 60]), ("b", [0.8, 50])],
            ["b"]
        },
        {
            "higher and lower directions", ["throughput", "train-time"],
            [("a", [1000, 2]), ("b", [2000, 2]), ("c", [500, 1])],
            ["b", "c"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_keep_the_non_dominated_candidates(string why, string[] objectives, (string Id, double[] Values)[] points, string[] frontier)
    {
        // Given candidates with values on the objectives.
        var candidates = points.Select(p => Make.Candidate(p.Id, objectives.Zip(p.Values).ToArray())).ToList();

        // When the frontier is computed.
        var result = ParetoFrontier.Compute(candidates, objectives);

        // Then it holds the expected candidates, and every other one names a frontier candidate that dominates it.
        Assert.True(frontier.SequenceEqual(result.Frontier), why);
        Assert.All(result.DominatedBy, pair => Assert.Contains(pair.Value, result.Frontier));
        Assert.Equal(points.Length - frontier.Length, result.DominatedBy.Count);
    }

    [Fact]
    public void Should_report_candidates_missing_an_objective()
    {
        var result = ParetoFrontier.Compute([Make.Candidate("a", ("accuracy", 0.9)), Make.Candidate("b", ("accuracy", 0.8), ("latency.p99", 3))], ["accuracy", "latency.p99"]);
        Assert.Equal(["latency.p99"], result.Incomplete["a"]);
        Assert.False(result.Incomplete.ContainsKey("b"));
    }

    [Theory]
    [InlineData(1, 200, 2)]
    [InlineData(2, 300, 3)]
    [InlineData(3, 500, 5)]
    [InlineData(4, 100, 1)]
    [InlineData(5, 400, 4)]
    public void Should_equal_the_brute_force_oracle_on_random_points(int seed, int count, int objectives)
    {
        // Given random points with coarse values (many ties) and some NaN; When the frontier is computed; Then it equals the oracle's.
        AssertMatchesOracle(RandomCosts(seed, count, objectives));
    }

    /// <summary>Costs 0 to 10 with one value in twelve missing (+infinity): many ties.</summary>
    internal static double[][] RandomCosts(int seed, int count, int objectives)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(_ => Enumerable.Range(0, objectives).Select(_ => random.Next(12) is var v && v == 11 ? double.PositiveInfinity : v).ToArray())
            .ToArray();
    }

    // Replay fixes the generator's seed so that every run checks the same cases.
    [Property(MaxTest = 100, Replay = "(42,101)")]
    public bool The_frontier_equals_the_oracle(NonNegativeInt[] flat, PositiveInt dimensions)
    {
        var k = (dimensions.Get % 4) + 1;
        var costs = flat.Chunk(k).Where(c => c.Length == k)
            .Select(c => c.Select(v => v.Get % 5 == 4 ? double.PositiveInfinity : v.Get % 5).ToArray())
            .ToArray();
        AssertMatchesOracle(costs);
        return true;
    }

    private static void AssertMatchesOracle(double[][] costs)
    {
        var dominatedBy = ParetoFrontier.Compute(costs);
        for (var i = 0; i < costs.Length; i++)
        {
            var oracleOnFrontier = !costs.Where((_, j) => j != i).Any(other => OracleDominates(other, costs[i]));
            Assert.Equal(oracleOnFrontier, dominatedBy[i] < 0);
            if (dominatedBy[i] >= 0)
            {
                Assert.True(OracleDominates(costs[dominatedBy[i]], costs[i]));
                Assert.True(dominatedBy[dominatedBy[i]] < 0);
            }
        }
    }

    private static bool OracleDominates(double[] a, double[] b) =>
        a.Zip(b).All(p => p.First <= p.Second) && a.Zip(b).Any(p => p.First < p.Second);
}
