using System.Runtime.InteropServices;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Tests.Engine;

// The resident set is the process's: a test beside this one that allocates or frees moves it (CI once saw 11.6 MB
// released instead of about 100 MB, with every other test of the project running beside it).
[Collection(nameof(ProcessWide))]
public sealed class NativeHeapTests
{
    [Fact]
    public void Trimming_hands_freed_native_blocks_back_below_one_still_in_use()
    {
        // Given 100 MB of small native blocks, freed but for one allocated after them (so the heap cannot shrink by itself)
        using var memory = new ProcResidentMemory();
        var blocks = new nint[200_000];
        for (var i = 0; i < blocks.Length; i++)
        {
            blocks[i] = Marshal.AllocHGlobal(512);
            Marshal.WriteInt64(blocks[i], i);
        }

        var pin = Marshal.AllocHGlobal(512);
        foreach (var block in blocks)
        {
            Marshal.FreeHGlobal(block);
        }

        // When the C library's free heap is trimmed
        var before = memory.ResidentBytes();
        var trimmed = NativeHeap.Trim();
        var after = memory.ResidentBytes();
        Marshal.FreeHGlobal(pin);

        // Then most of it left the resident set
        Assert.True(trimmed);
        Assert.True(before - after > 50_000_000, $"{(before - after) / 1e6:F1} MB released");
    }
}
