using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Fits a technique and times the fit: wall time, CPU time, whether it ran at steady state and, for a detailed
/// fit, memory, allocation and energy.
/// </summary>
internal sealed class FitRunner
{
    private readonly ProbeContext _context;
    private readonly JitWatch _jit;
    private readonly TimeSpan _quiet;
    private readonly int _threads;
    private readonly HashSet<string> _fitted = new(StringComparer.Ordinal);

    public FitRunner(ProbeContext context, JitWatch jit, TimeSpan quiet, int threads)
    {
        _context = context;
        _jit = jit;
        _quiet = quiet;
        _threads = threads;
    }

    public int Threads => _threads;

    public (IModel Model, FitRecord Record) Fit(ITechnique technique, Dataset data, int seed, CancellationToken token, bool detailed)
    {
        var fitContext = new FitContext { Seed = seed, Threads = _threads, CancellationToken = token };
        var first = _fitted.Add(technique.Id);
        _jit.QuietFor();
        var compiled = _jit.Count;
        if (!detailed)
        {
            var cpu0 = _context.Cpu.ProcessorTime;
            var t0 = _context.Time.GetTimestamp();
            var model = technique.Fit(data, fitContext);
            var record = new FitRecord { WallSeconds = _context.SecondsSince(t0), CpuSeconds = (_context.Cpu.ProcessorTime - cpu0).TotalSeconds, First = first, Rows = data.RowCount };
            return (model, record with { Steady = SteadySince(compiled) });
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
            Steady = SteadySince(compiled),
            Rows = data.RowCount,
            PeakMemoryBytes = peak,
            AllocatedBytes = allocated,
            Joules = joules,
        });
    }

    // Nothing compiled during the fit, and nothing for the quiet time by its end: a fit shorter than the quiet time
    // right after a compilation may still run code whose optimized version has not been installed yet.
    private bool SteadySince(long compiled)
    {
        var quiet = _jit.QuietFor();
        return _jit.Count == compiled && quiet >= _quiet;
    }
}
