using Tradeoff.Core.Data;
using Tradeoff.Techniques.Trees;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.Tests.Trees;

/// <summary>
/// The copies of the bins that small nodes read (the row-major matrix, a node's block) hold exactly the bins of
/// the columns: the split search reads the same bytes either way, so the trees grown are the same.
/// </summary>
public sealed class NodeBlockTests
{
    // 21 rows and 13 features: neither a multiple of the 8 x 8 tiles, so the byte-by-byte edges are exercised too.
    private static BinnedData Binned(int rows = 21, int features = 13)
    {
        var random = new Random(5);
        var columns = Enumerable.Range(0, features)
            .Select(f => ToyData.Numeric($"x{f}", Enumerable.Range(0, rows).Select(_ => (float)random.Next(40)).ToArray()))
            .ToArray();
        var target = ToyData.Nominal("y", Enumerable.Range(0, rows).Select(r => (float)(r % 2)).ToArray(), "a", "b");
        var data = new Dataset("random", columns, target, TaskKind.BinaryClassification);
        return BinnedData.Create(data, 256, threads: 1, CancellationToken.None);
    }

    [Fact]
    public void Should_transpose_eight_by_eight_bytes_When_given_eight_words()
    {
        var random = new Random(7);
        var bytes = new byte[64];
        random.NextBytes(bytes);
        Span<ulong> words = stackalloc ulong[8];
        for (var i = 0; i < 8; i++)
        {
            words[i] = ByteTranspose.Read(bytes, i * 8);
        }

        ByteTranspose.Transpose(words);

        var transposed = new byte[64];
        for (var k = 0; k < 8; k++)
        {
            ByteTranspose.Write(transposed, k * 8, words[k]);
        }

        for (var i = 0; i < 8; i++)
        {
            for (var k = 0; k < 8; k++)
            {
                Assert.Equal(bytes[(i * 8) + k], transposed[(k * 8) + i]);
            }
        }
    }

    [Fact]
    public void Should_hold_every_row_s_bins_in_the_row_major_copy()
    {
        var data = Binned();

        var rows = data.RowMajor;

        var width = data.Features.Length;
        for (var f = 0; f < width; f++)
        {
            var column = data.Column(f);
            for (var r = 0; r < data.RowCount; r++)
            {
                Assert.Equal(column[r], rows[(r * width) + f]);
            }
        }
    }

    [Theory]
    [InlineData(new[] { 3, 0, 20, 7, 8, 9, 1, 2, 15, 16, 17 })]
    [InlineData(new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 })]
    [InlineData(new[] { 12 })]
    public void Should_hold_the_bins_of_the_given_rows_under_their_local_numbers_When_loaded(int[] rows)
    {
        var data = Binned();
        using var block = new NodeBlock(data.Features.Length, data.RowCount);
        var local = new int[rows.Length];

        block.Load(data, rows, local);

        Assert.Equal(Enumerable.Range(0, rows.Length), local);
        for (var f = 0; f < data.Features.Length; f++)
        {
            var column = block.Column(f);
            Assert.Equal(rows.Length, column.Length);
            for (var j = 0; j < rows.Length; j++)
            {
                Assert.Equal(data.Column(f)[rows[j]], column[j]);
            }
        }
    }
}
