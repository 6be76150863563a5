using Tradeoff.Core.Data;
using Tradeoff.Testing;

namespace Tradeoff.Core.Tests.Data;

public sealed class CodedRowsTests
{
    private const int Rows = 600;

    /// <summary>A feature of 256 values (0 and -0 among them), one of 300, and an indicator.</summary>
    private static Dataset Mixed()
    {
        var pixels = new float[Rows];
        var fine = new float[Rows];
        var indicator = new float[Rows];
        var target = new float[Rows];
        for (var r = 0; r < Rows; r++)
        {
            pixels[r] = r % 256 == 0 ? -0f : ((r * 37) % 256 / 255f) - 0.3f;
            fine[r] = (r % 300) * 0.1f;
            indicator[r] = r % 3 == 0 ? 1 : 0;
            target[r] = r % 2;
        }

        return new Dataset("mixed", [ToyData.Numeric("pixel", pixels), ToyData.Numeric("fine", fine), ToyData.Numeric("indicator", indicator)], ToyData.Nominal("y", target, "a", "b"), TaskKind.BinaryClassification);
    }

    [Fact]
    public void Rows_decode_to_the_very_floats_they_were_made_from_in_a_byte_per_feature_of_at_most_256_values()
    {
        // Given features of 256, 300 and 2 distinct values
        var data = Mixed();

        // When laid out
        var rows = CodedRows.From(data);

        // Then the two with at most 256 values take a byte per row (and their tables), the other its floats
        Assert.Equal(2, rows.CodedFeatures);
        Assert.Equal((Rows * 2) + (Rows * sizeof(float)) + (2 * 256 * sizeof(float)), rows.Bytes);

        // And every row decodes bit for bit, -0 included
        var row = new float[3];
        for (var r = 0; r < Rows; r++)
        {
            rows.CopyRow(r, row);
            for (var f = 0; f < 3; f++)
            {
                Assert.Equal(BitConverter.SingleToInt32Bits(data.Features[f].Values[r]), BitConverter.SingleToInt32Bits(row[f]));
            }
        }

        // And a batch is its rows, in the order asked
        var batch = new float[2 * 3];
        rows.CopyRows([5, 2], batch);
        Assert.Equal([data.Features[0].Values[5], data.Features[1].Values[5], data.Features[2].Values[5], data.Features[0].Values[2], data.Features[1].Values[2], data.Features[2].Values[2]], batch);
    }

    [Fact]
    public void Without_codes_every_feature_keeps_its_floats()
    {
        var rows = CodedRows.From(Mixed(), maxCodes: 0);

        Assert.Equal(0, rows.CodedFeatures);
        Assert.Equal(Rows * 3 * sizeof(float), rows.Bytes);
    }

    [Fact]
    public void A_computed_column_is_read_without_keeping_its_array_and_a_value_that_is_not_finite_is_kept_and_reported()
    {
        // Given a computed column with a NaN among its values
        var column = Column.Computed("x", ColumnKind.Numeric, 4, destination => new[] { 1f, float.NaN, 2f, 1f }.CopyTo(destination));
        var data = new Dataset("gaps.csv", [column], ToyData.Nominal("y", [0, 1, 0, 1], "a", "b"), TaskKind.BinaryClassification);

        // When laid out
        var rows = CodedRows.From(data);

        // Then the column holds no array, the NaN decodes as it was, and the rows say they are not all finite
        Assert.False(column.HoldsValues);
        Assert.False(rows.AllFinite);
        var row = new float[1];
        rows.CopyRow(1, row);
        Assert.True(float.IsNaN(row[0]));
        Assert.True(CodedRows.From(Mixed()).AllFinite);
    }
}
