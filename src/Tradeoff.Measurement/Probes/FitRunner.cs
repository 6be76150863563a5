using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Probes;

/// <summary>Fits a technique and times the fit: wall time, CPU time and, for a detailed fit, memory, allocation and energy.</summary>
internal sealed class FitRunner
{
    private readonly ProbeContext _context;
    private readonly int _threads;
    private readonly HashSet<string> _fitted = new(StringComparer.Ordinal);

    public FitRunner(ProbeContext context, int threads)
    {
        _context = context;
        _threads = threads;
    }

    public int Threads => _threads;

    public (IModel Model, FitRecord Record) Fit(ITechnique technique, Dataset data, int seed, CancellationToken token, bool detailed)
    {
        var fitContext = new FitContext { Seed = seed, Threads = _threads, CancellationToken = token };
        var first = _fitted.Add(technique.Id);
        if (!detailed)
        {
            var cpu0 = _context.Cpu.ProcessorTime;
            var t0 = _context.Time.GetTimestamp();
            var model = technique.Fit(data, fitContext);
            return (model, new FitRecord { WallSeconds = _context.SecondsSince(t0), CpuSeconds = (_context.Cpu.ProcessorTime - cpu0).TotalSeconds, First = first });
        }

        // A full collection first, so the baseline is not inflated by earlier garbage that the fit's own
        // allocations would then merely reuse.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var sampler = MemorySampler.Start(_context.Memory);
        var energy0 = _context.Energy?.Read();
        var allocated0 = GC.GetTotalAllocatedBytes(precise: true);
        var cpuStart = _context.Cpu.ProcessorTime;
        var start = _context.Time.GetTimestamp();
        var fitted = technique.Fit(data, fitContext);
        var wall = _context.SecondsSince(start);
        var cpu = (_context.Cpu.ProcessorTime - cpuStart).TotalSeconds;
        // Total, not per-thread, allocation: fits that run on several threads allocate on all of them.
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated0;
        double? joules = energy0 is null ? null : _context.Energy!.JoulesBetween(energy0, _context.Energy.Read());
        var peak = sampler.Stop();
        return (fitted, new FitRecord
        {
            WallSeconds = wall,
            CpuSeconds = cpu,
            First = first,
            PeakMemoryBytes = peak,
            AllocatedBytes = allocated,
            Joules = joules,
        });
    }
}
