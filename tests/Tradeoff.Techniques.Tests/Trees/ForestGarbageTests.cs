using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;
using Tradeoff.Techniques.Trees;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.Tests.Trees;

/// <summary>Reads the process's count of allocated bytes, which a test beside it would move: runs alone.</summary>
[CollectionDefinition(nameof(ForestGarbageTests), DisableParallelization = true)]
[Collection(nameof(ForestGarbageTests))]
public sealed class ForestGarbageTests
{
    private const int Rows = 20_000;

    [Fact]
    public void A_tree_more_in_a_forest_costs_its_own_model_not_another_set_of_growth_arrays()
    {
        // Given 20,000 rows whose class one threshold decides, so each tree is a few nodes
        var x = Enumerable.Range(0, Rows).Select(r => (float)(r % 1000)).ToArray();
        var data = new Dataset("threshold", [ToyData.Numeric("x", x), ToyData.Numeric("noise", [.. x.Select(v => (v * 7) % 13)])], ToyData.Nominal("y", [.. x.Select(v => v < 500 ? 0f : 1f)], "a", "b"), TaskKind.BinaryClassification);
        Allocated(data, trees: 2);

        // When forests of 10 and 50 trees are fitted, on two threads
        var perTree = (Allocated(data, trees: 50) - Allocated(data, trees: 10)) / 40.0;

        // Then each extra tree allocates its model and its in-bag flags (a byte per row), not the arrays it grows in
        // (rows, weights, partition and histogram scratch: 647 KB per tree here before they were reused, 31 KB after)
        Assert.True(perTree < 4.0 * Rows, $"{perTree / 1e3:F0} KB per tree");
    }

    private static long Allocated(Dataset data, int trees)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        using var model = new RandomForestTechnique(new TreeOptions { MaxFeatures = "sqrt" }, trees, bootstrap: true).Fit(data, new FitContext { Seed = 1, Threads = 2 });
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }
}
