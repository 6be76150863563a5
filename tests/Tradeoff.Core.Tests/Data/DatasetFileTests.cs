using Tradeoff.Core.Data;

namespace Tradeoff.Core.Tests.Data;

public sealed class DatasetFileTests
{
    [Fact]
    public void Should_read_back_every_value_bit_for_bit_with_levels_task_and_positive_class()
    {
        // Given a data set with a numeric feature holding NaN, -0 and a subnormal, a nominal feature and a binary target
        var numeric = new Column("size", ColumnKind.Numeric, [1.5f, float.NaN, -0f, float.Epsilon, 1e30f]);
        var nominal = new Column("colour", ColumnKind.Nominal, [0, 1, 2, float.NaN, 1], ["red", "grün", "a,b"]);
        var target = new Column("label", ColumnKind.Nominal, [0, 1, 1, 0, 1], ["no", "yes"]);
        var data = new Dataset("data.csv", [numeric, nominal], target, TaskKind.BinaryClassification, positiveClass: 0) { RowsWithoutTarget = 2 };

        // When it is written and read
        using var stream = new MemoryStream();
        DatasetFile.Write(data, stream);
        stream.Position = 0;
        var read = DatasetFile.Read(stream);

        // Then it is the same data set
        Assert.Equal(data.Source, read.Source);
        Assert.Equal(data.Task, read.Task);
        Assert.Equal(0, read.PositiveClass);
        Assert.Equal(2, read.RowsWithoutTarget);
        foreach (var (before, after) in data.Features.Append(data.Target).Zip(read.Features.Append(read.Target)))
        {
            Assert.Equal(before.Name, after.Name);
            Assert.Equal(before.Kind, after.Kind);
            Assert.Equal(before.Levels, after.Levels);
            Assert.Equal(before.Values.Select(BitConverter.SingleToInt32Bits), after.Values.Select(BitConverter.SingleToInt32Bits));
        }
    }

    [Fact]
    public void Should_refuse_a_stream_that_is_not_a_data_set_file()
    {
        using var stream = new MemoryStream("a,b\n1,2\n"u8.ToArray());

        Assert.Throws<InvalidDataException>(() => DatasetFile.Read(stream));
    }
}
