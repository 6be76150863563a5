namespace Tradeoff.Techniques.MLNet.Tests;

public sealed class RowSourceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(130)]
    public void Enumerates_the_rows_of_the_columns_in_order_without_a_row_major_copy(int rows)
    {
        // Given three columns whose values say their row and column, over a number of rows around the block size
        float[][] columns = [.. Enumerable.Range(0, 3).Select(f => Enumerable.Range(0, rows).Select(r => (r * 10f) + f).ToArray())];
        var labels = Enumerable.Range(0, rows).Select(r => (uint)(r % 4)).ToArray();

        // When ML.NET's side enumerates them
        var seen = new RowSource<uint>(columns, labels, CancellationToken.None).Select(row => (Features: row.Features.ToArray(), row.Label)).ToList();

        // Then every row comes once, in order, with its own values and label
        Assert.Equal(rows, seen.Count);
        for (var r = 0; r < rows; r++)
        {
            Assert.Equal([r * 10f, (r * 10f) + 1, (r * 10f) + 2], seen[r].Features);
            Assert.Equal(labels[r], seen[r].Label);
        }
    }
}
