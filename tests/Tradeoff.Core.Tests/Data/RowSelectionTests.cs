using Tradeoff.Core.Data;

namespace Tradeoff.Core.Tests.Data;

public sealed class RowSelectionTests
{
    private static readonly int[] Rows = [4, 0, 4, 2, 1];

    [Fact]
    public void A_row_selection_reads_its_rows_as_a_copy_of_them_would()
    {
        // Given a nominal column with a missing value and a numeric one
        var nominal = new Column("c", ColumnKind.Nominal, [0f, 1f, float.NaN, 2f, 1f], ["a", "b", "c"]);
        var numeric = new Column("x", ColumnKind.Numeric, [0.5f, -1f, 2.25f, float.NaN, 7f]);

        foreach (var column in new[] { nominal, numeric })
        {
            // When rows (one repeated) are selected and copied
            var selection = column.SelectRows(Rows);
            var copy = column.Gather(Rows);

            // Then every way of reading the selection gives the copy's values
            var copied = new float[Rows.Length];
            selection.CopyTo(copied);
            Assert.Equal(copy.Values, copied);
            Assert.Equal(copy.Values, Enumerable.Range(0, Rows.Length).Select(selection.ValueAt));
            Assert.Equal(Enumerable.Range(0, Rows.Length).Select(copy.Format), Enumerable.Range(0, Rows.Length).Select(selection.Format));
            Assert.Equal((copy.Name, copy.Kind, copy.Levels, copy.Length), (selection.Name, selection.Kind, selection.Levels, selection.Length));
            Assert.False(selection.HoldsValues);
            Assert.Equal(copy.Values, selection.Values);
            Assert.True(selection.HoldsValues);
        }
    }

    [Fact]
    public void A_selection_from_a_row_selection_reads_the_rows_of_the_first_column()
    {
        // Given a row selection of a column
        var column = new Column("x", ColumnKind.Numeric, [10f, 11f, 12f, 13f, 14f]);
        var inner = column.SelectRows(Rows);

        // When rows are selected from it
        var outer = inner.SelectRows([1, 3, 3]);

        // Then it has the rows the two selections compose to, and the first selection copied its values out
        Assert.Equal([10f, 12f, 12f], outer.Values);
        Assert.False(inner.HoldsValues);
    }

    [Fact]
    public void A_subset_selects_its_feature_rows_and_copies_no_values()
    {
        // Given 40 columns of 20,000 rows (a copy of the features is 3.2 MB)
        var data = Wide(rows: 20_000, columns: 40);
        var rows = Enumerable.Range(0, 10_000).Select(i => (i * 7) % 20_000).ToArray();
        data.Subset(rows);

        // When a subset of half the rows is taken
        var before = GC.GetAllocatedBytesForCurrentThread();
        var subset = data.Subset(rows);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then its features are row selections, the target a copy, and only the row list and the column objects were allocated
        Assert.All(subset.Features, f => Assert.False(f.HoldsValues));
        Assert.True(subset.Target.HoldsValues);
        Assert.True(allocated < 200_000, $"{allocated} bytes allocated");
        Assert.Equal(data.Features[3].Gather(rows).Values, subset.Features[3].Values);
        Assert.Equal(data.Target.Gather(rows).Values, subset.Target.Values);
    }

    [Fact]
    public void The_row_major_copy_of_a_subset_reads_its_row_selections_without_copying_them_out()
    {
        // Given a subset of a data set
        var data = Wide(rows: 100, columns: 5);
        int[] rows = [99, 3, 3, 50];
        var subset = data.Subset(rows);

        // When its rows are laid out row by row
        var matrix = subset.ToRowMajor();

        // Then each row is the source row, and the selections still hold no values of their own
        for (var r = 0; r < rows.Length; r++)
        {
            for (var f = 0; f < data.FeatureCount; f++)
            {
                Assert.Equal(data.Features[f].Values[rows[r]], matrix[(r * data.FeatureCount) + f]);
            }
        }

        Assert.All(subset.Features, f => Assert.False(f.HoldsValues));
    }

    internal static Dataset Wide(int rows, int columns)
    {
        var random = new Random(11);
        var features = Enumerable.Range(0, columns)
            .Select(f => new Column($"x{f}", ColumnKind.Numeric, [.. Enumerable.Range(0, rows).Select(_ => (float)Math.Round(random.NextDouble() * 100, 2))]))
            .ToList();
        var target = new Column("y", ColumnKind.Nominal, [.. Enumerable.Range(0, rows).Select(r => (float)(r % 3))], ["a", "b", "c"]);
        return new Dataset("test", features, target, TaskKind.MulticlassClassification);
    }
}
