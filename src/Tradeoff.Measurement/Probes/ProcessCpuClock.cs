namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Reads <see cref="System.Environment.CpuUsage"/>: the same figure as Process.TotalProcessorTime without
/// creating a Process object or parsing /proc on every read.
/// </summary>
internal sealed class ProcessCpuClock : ICpuClock
{
    public TimeSpan ProcessorTime => System.Environment.CpuUsage.TotalTime;
}
