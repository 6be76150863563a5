using System.Runtime.InteropServices;

namespace Tradeoff.Core.Tests;

[Collection(nameof(ProcessWide))]
public sealed class MallocThresholdsTests
{
    private const int Block = 12 << 20;

    [Fact]
    public void A_block_of_a_few_megabytes_comes_from_the_heap_and_stays_there_when_freed()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(MallocThresholds.Apply());
            return;
        }

        Assert.True(MallocThresholds.Apply());
        var before = MallInfo2();
        var block = Marshal.AllocHGlobal(Block);
        var during = MallInfo2();
        Marshal.FreeHGlobal(block);
        var after = MallInfo2();

        // glibc's defaults map a 12 MB block of its own (unless a larger mapped block was freed before) and, once it is
        // freed at the top of the heap, give its pages back: the next step's block is faulted in again.
        Assert.True((long)during.MappedBytes - (long)before.MappedBytes < Block / 2, $"mapped: {before.MappedBytes} then {during.MappedBytes}");
        Assert.True((long)during.HeapBytes - (long)after.HeapBytes < Block / 2, $"heap: {during.HeapBytes} then {after.HeapBytes} after the free");
    }

    // glibc's struct mallinfo2 (2.33 and later), summed over every arena.
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct MallocInfo
    {
        public readonly nuint HeapBytes;
        public readonly nuint FreeChunks;
        public readonly nuint FastBins;
        public readonly nuint MappedBlocks;
        public readonly nuint MappedBytes;
        public readonly nuint Unused;
        public readonly nuint FastBinBytes;
        public readonly nuint InUseBytes;
        public readonly nuint FreeBytes;
        public readonly nuint TopReleasable;
    }

    [DllImport("libc", EntryPoint = "mallinfo2", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern MallocInfo MallInfo2();
}
