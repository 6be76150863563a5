namespace Tradeoff.Measurement.Probes;

/// <summary>The runtime's own count of compiled methods (<see cref="System.Runtime.JitInfo"/>), all threads.</summary>
internal sealed class RuntimeJitCounter : IJitCounter
{
    public long CompiledMethods => System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false);

    public TimeSpan CompilationTime => System.Runtime.JitInfo.GetCompilationTime(currentThread: false);
}
