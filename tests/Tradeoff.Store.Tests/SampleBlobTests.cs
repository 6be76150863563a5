namespace Tradeoff.Store.Tests;

public sealed class SampleBlobTests
{
    [Fact]
    public void Should_write_little_endian_doubles_When_samples_are_encoded()
    {
        var bytes = SampleBlob.Encode([1.0, double.NaN]);

        Assert.Equal(new byte[] { 0, 0, 0, 0, 0, 0, 0xF0, 0x3F }, bytes[..8]);
        Assert.Equal(16, bytes.Length);
        Assert.Equal([1.0, double.NaN], SampleBlob.Decode(bytes));
    }

    [Fact]
    public void Should_refuse_a_blob_When_its_length_is_not_whole_doubles()
    {
        Assert.Throws<InvalidDataException>(() => SampleBlob.Decode(new byte[9]));
    }
}
