using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Fits a technique and times the fit: wall time, CPU time, whether it ran at steady state and, for a detailed
/// fit, memory, allocation and energy.
/// </summary>
internal sealed class FitRunner
{
    private readonly ProbeContext _context;
    private readonly WarmUpSpec _warmUp;
    private readonly int _threads;
    private readonly Dictionary<string, CompileStreak> _compilers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Rows, double Seconds)>> _recent = new(StringComparer.Ordinal);

    /// <summary>The share of a fit spent compiling below which the compilation cannot matter to its time.</summary>
    public const double NegligibleCompiling = 0.01;

    public FitRunner(ProbeContext context, WarmUpSpec warmUp, int threads)
    {
        _context = context;
        _warmUp = warmUp;
        _threads = threads;
    }

    public int Threads => _threads;

    public (IModel Model, FitRecord Record) Fit(ITechnique technique, Dataset data, int seed, CancellationToken token, bool detailed)
    {
        var fitContext = new FitContext { Seed = seed, Threads = _threads, CancellationToken = token };
        // A technique's fits are the rounds of one streak: the compilation between the end of its last fit and the end
        // of this one (its own scoring between fits included) says whether its code still moves up the tiers.
        var first = !_compilers.TryGetValue(technique.Id, out var compiler);
        if (first)
        {
            compiler = _compilers[technique.Id] = new CompileStreak(_context.Jit, _context.Time);
        }

        var compilingFor = compiler!.Elapsed;
        if (!detailed)
        {
            CollectBeforeFit(data);
            var cpu0 = _context.Cpu.ProcessorTime;
            var t0 = _context.Time.GetTimestamp();
            var model = technique.Fit(data, fitContext);
            var wall = _context.SecondsSince(t0);
            var cpu = (_context.Cpu.ProcessorTime - cpu0).TotalSeconds;
            return (model, new FitRecord { WallSeconds = wall, CpuSeconds = cpu, First = first, Rows = data.RowCount, Steadiness = Steadiness(technique.Id, compiler, compilingFor, data.RowCount, wall) });
        }

        // A full collection first, so the baseline is not inflated by earlier garbage that the fit's own
        // allocations would then merely reuse (nor by a featurized copy of other rows kept for a next fit).
        Featurizer.ReleaseCopiesOtherThan(data);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var sampler = MemorySampler.Start(_context.Memory);
        var energy0 = _context.Energy?.Read();
        var allocated0 = GC.GetTotalAllocatedBytes(precise: true);
        var cpuStart = _context.Cpu.ProcessorTime;
        var start = _context.Time.GetTimestamp();
        var fitted = technique.Fit(data, fitContext);
        var wallSeconds = _context.SecondsSince(start);
        var cpuSeconds = (_context.Cpu.ProcessorTime - cpuStart).TotalSeconds;
        // Total, not per-thread, allocation: fits that run on several threads allocate on all of them.
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated0;
        double? joules = energy0 is null ? null : _context.Energy!.JoulesBetween(energy0, _context.Energy.Read());
        var peak = sampler.Stop();
        return (fitted, new FitRecord
        {
            WallSeconds = wallSeconds,
            CpuSeconds = cpuSeconds,
            First = first,
            Steadiness = Steadiness(technique.Id, compiler, compilingFor, data.RowCount, wallSeconds),
            Rows = data.RowCount,
            PeakMemoryBytes = peak,
            AllocatedBytes = allocated,
            Joules = joules,
        });
    }

    /// <summary>
    /// A blocking collection before an untimed fit on <paramref name="data"/>: the previous fit's rows and model are
    /// garbage by now (a subset copy is 188 MB on Fashion-MNIST), and so is a featurized copy of other rows once let go
    /// of; collected before this fit allocates its own, they are not added to its peak. Cheap on a heap of float
    /// arrays, which hold no references to trace; and outside any timed span.
    /// </summary>
    public static void CollectBeforeFit(Dataset data)
    {
        Featurizer.ReleaseCopiesOtherThan(data);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
    }

    // Settled: the same methods (for most code none) compiled in each fit for the quiet time. A technique that keeps
    // compiling as it runs never settles; a fit that starts past the settle time counts once it and the technique's
    // two fits before it on the same rows agree within 25% of their median, and says so.
    private FitSteadiness Steadiness(string technique, CompileStreak compiler, TimeSpan compilingBefore, int rows, double seconds)
    {
        if (!_recent.TryGetValue(technique, out var recent))
        {
            recent = _recent[technique] = [];
        }

        recent.Add((rows, seconds));
        if (recent.Count > 3)
        {
            recent.RemoveAt(0);
        }

        return compiler.EndRound(_warmUp.Quiet) ? FitSteadiness.Settled
            : compilingBefore >= _warmUp.Settle && Agree(recent) ? FitSteadiness.StillCompiling
            : recent.Count > 1 && seconds >= _warmUp.Settle.TotalSeconds && compiler.LastRoundCompiling.TotalSeconds < NegligibleCompiling * seconds ? FitSteadiness.CompilationNegligible
            : FitSteadiness.WarmUp;
    }

    private static bool Agree(List<(int Rows, double Seconds)> recent)
    {
        if (recent.Count < 3 || recent.Any(f => f.Rows != recent[0].Rows))
        {
            return false;
        }

        var sorted = recent.Select(f => f.Seconds).Order().ToList();
        var median = sorted[1];
        return sorted[0] >= median * 0.75 && sorted[2] <= median * 1.25;
    }
}
