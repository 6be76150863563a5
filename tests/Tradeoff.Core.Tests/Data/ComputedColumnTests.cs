using Tradeoff.Core.Data;

namespace Tradeoff.Core.Tests.Data;

public sealed class ComputedColumnTests
{
    [Fact]
    public void A_computed_column_reads_as_its_values_and_computes_its_array_once()
    {
        // Given a column whose five values a function writes
        var calls = 0;
        var column = Column.Computed("x", ColumnKind.Numeric, 5, destination =>
        {
            calls++;
            for (var r = 0; r < destination.Length; r++)
            {
                destination[r] = r * 1.5f;
            }
        });

        // When it is read into a buffer, then as an array, row by row and through a row selection
        var buffer = new float[5];
        var read = column.ValuesIn(buffer);
        Assert.Same(buffer, read);
        Assert.False(column.HoldsValues);
        float[] expected = [0f, 1.5f, 3f, 4.5f, 6f];
        Assert.Equal(expected, read);
        Assert.Equal(expected, column.Values);
        Assert.Equal(expected, Enumerable.Range(0, 5).Select(column.ValueAt));
        Assert.Equal([6f, 0f], column.SelectRows([4, 0]).Values);

        // Then the buffer was written once, the column's own array once, and every later read used that array
        Assert.True(column.HoldsValues);
        Assert.Same(column.Values, column.ValuesIn(buffer));
        Assert.Equal(2, calls);
    }

    [Fact]
    public void A_computed_nominal_column_needs_its_levels()
    {
        Assert.Throws<ArgumentException>(() => Column.Computed("c", ColumnKind.Nominal, 1, _ => { }));
    }
}
