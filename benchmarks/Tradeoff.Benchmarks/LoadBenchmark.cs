using System.Diagnostics;
using System.Globalization;
using Tradeoff.Core.Data.Loading;

namespace Tradeoff.Benchmarks;

/// <summary>
/// Load speed and peak memory of a numeric CSV (default 1 GiB) against the size of its numbers; with
/// numpy.loadtxt as the peer when python3-numpy is installed. Args: [SIZE_MB] [COLUMNS].
/// </summary>
internal sealed class LoadBenchmark : IBenchmark
{
    private const int Seed = 20261126;

    public string Name => "load";

    public string Description => "CSV load speed (MB/s) and peak memory vs the size of the numbers; args: [SIZE_MB=1024] [COLUMNS=20]";

    public int Run(string[] args)
    {
        var sizeMb = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1024;
        var width = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var path = Path.Combine(Path.GetTempPath(), $"tradeoff-load-{sizeMb}mb-{width}c-seed{Seed}.csv");
        var rows = NumericCsv.Ensure(path, sizeMb * 1024L * 1024L, width, Seed);
        var fileBytes = new FileInfo(path).Length;
        var numberBytes = rows * width * 4L;
        Console.WriteLine(FormattableString.Invariant($"file {path}: {fileBytes / 1e6:F1} MB, {rows} rows x {width} columns, numbers {numberBytes / 1e6:F1} MB"));

        GC.Collect();
        var rssBefore = ProcStatus.Read("VmRSS");
        var peakReset = ProcStatus.ResetPeak();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var table = DataLoader.Load(path);
        watch.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var peak = ProcStatus.Read("VmHWM");
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var managed = GC.GetTotalMemory(forceFullCollection: false);
        GC.KeepAlive(table);

        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(FormattableString.Invariant($"tradeoff  load {seconds:F2} s wall, {fileBytes / 1e6 / seconds:F1} MB/s; {cpu:F2} s CPU, {fileBytes / 1e6 / cpu:F1} MB per CPU-second; rows read {table.RowCount}"));
        Console.WriteLine(FormattableString.Invariant(
            $"tradeoff  peak working set (VmHWM{(peakReset ? ", reset before load" : ", NOT reset: process peak")}) {peak / 1e6:F1} MB = {(double)peak / numberBytes:F2} x numbers; above the {rssBefore / 1e6:F1} MB before load: {(peak - rssBefore) / 1e6:F1} MB = {(double)(peak - rssBefore) / numberBytes:F2} x numbers"));
        Console.WriteLine(FormattableString.Invariant(
            $"tradeoff  GC: allocated {allocated / 1e6:F1} MB ({(double)allocated / numberBytes:F2} x numbers), managed heap after {managed / 1e6:F1} MB, collections gen0/1/2 {GC.CollectionCount(0) - gcBefore.Item1}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3}"));
        NumpyPeer.Run(path, fileBytes, numberBytes);
        return 0;
    }
}
