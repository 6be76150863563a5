namespace Tradeoff.Measurement.Probes;

/// <summary>The process's CPU time (all threads, user and kernel); an interface so that tests drive it.</summary>
internal interface ICpuClock
{
    TimeSpan ProcessorTime { get; }
}
