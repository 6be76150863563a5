using System.Text;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Tests.Probes;

public sealed class SmallProbeTests
{
    [Fact]
    public void The_counting_stream_counts_bytes_written_and_honours_seeking_back()
    {
        using var stream = new CountingStream();
        stream.Write(new byte[100]);
        stream.Seek(10, SeekOrigin.Begin);
        stream.Write(new byte[20]);
        stream.WriteByte(1);

        Assert.Equal(100, stream.Length);
        Assert.Equal(31, stream.Position);
    }

    [Fact]
    public void The_resident_pages_are_the_second_field_of_statm() =>
        Assert.Equal(2345, ProcResidentMemory.ParseResidentPages(Encoding.ASCII.GetBytes("100000 2345 600 10 0 5000 0\n")));

    [Fact]
    public void The_real_resident_memory_is_positive()
    {
        using var memory = new ProcResidentMemory();
        Assert.True(memory.ResidentBytes() > 0);
    }
}
