using Tradeoff.Core.Data;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.MLNet.Tests;

public sealed class RowSourceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(300)]
    public void Enumerates_the_rows_of_the_columns_in_order(int rows)
    {
        // Given three columns whose values say their row and column (more than 256 rows: kept as floats, fewer: coded)
        var columns = Enumerable.Range(0, 3).Select(f => ToyData.Numeric($"x{f}", [.. Enumerable.Range(0, rows).Select(r => (r * 10f) + f)])).ToList();
        var labels = Enumerable.Range(0, rows).Select(r => (uint)(r % 4)).ToArray();
        var data = new Dataset("rows", columns, ToyData.Nominal("y", [.. labels.Select(l => (float)l)], "a", "b", "c", "d"), TaskKind.MulticlassClassification);

        // When ML.NET's side enumerates them
        var seen = new RowSource<uint>(CodedRows.From(data), labels, CancellationToken.None).Select(row => (Features: row.Features.ToArray(), row.Label)).ToList();

        // Then every row comes once, in order, with its own values and label
        Assert.Equal(rows, seen.Count);
        for (var r = 0; r < rows; r++)
        {
            Assert.Equal([r * 10f, (r * 10f) + 1, (r * 10f) + 2], seen[r].Features);
            Assert.Equal(labels[r], seen[r].Label);
        }
    }
}
