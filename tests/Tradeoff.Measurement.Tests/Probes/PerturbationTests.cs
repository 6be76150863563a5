using Tradeoff.Core.Data;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Statistics;
using Tradeoff.Testing;

namespace Tradeoff.Measurement.Tests.Probes;

public sealed class PerturbationTests
{
    [Fact]
    public void The_numeric_spread_is_the_sample_std_of_the_present_values_read_without_a_copy_of_them()
    {
        // Given 20 numeric columns of 20,000 rows with some values missing, and a nominal column
        var random = new Random(11);
        const int rows = 20_000;
        var numeric = Enumerable.Range(0, 20)
            .Select(f => ToyData.Numeric($"x{f}", [.. Enumerable.Range(0, rows).Select(r => r % 97 == f ? float.NaN : (float)(random.NextDouble() * (f + 1)))]))
            .ToList();
        var features = numeric.Append(ToyData.Nominal("colour", [.. Enumerable.Range(0, rows).Select(r => (float)(r % 3))], "r", "g", "b")).ToList();
        var data = new Dataset("test", features, ToyData.Nominal("y", [.. Enumerable.Range(0, rows).Select(r => (float)(r % 2))], "a", "b"), TaskKind.BinaryClassification);
        Perturbation.NumericStd(data);

        // When the spreads are computed (as robustness does for every part before adding noise)
        var before = GC.GetAllocatedBytesForCurrentThread();
        var std = Perturbation.NumericStd(data);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then each is Descriptive.Std of the column's present values, bit for bit, NaN for the nominal column, and
        // nothing but the result was allocated (the present values collected as doubles were 4 MB of garbage here)
        for (var f = 0; f < numeric.Count; f++)
        {
            Assert.Equal(Descriptive.Std([.. numeric[f].Values.Where(v => !float.IsNaN(v)).Select(v => (double)v)]), std[f]);
        }

        Assert.True(double.IsNaN(std[^1]));
        Assert.True(allocated < 1024, $"{allocated} bytes allocated");
    }
}
