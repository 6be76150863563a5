namespace Tradeoff.Measurement.Probes;

/// <summary>
/// How many methods the runtime has compiled so far, on every thread and at every tier (a tier-1 recompilation in
/// the background counts again): while it grows, timed code may still be running unoptimized. An interface so that
/// tests drive it.
/// </summary>
internal interface IJitCounter
{
    long CompiledMethods { get; }

    /// <summary>The time the runtime has spent compiling so far, on every thread.</summary>
    TimeSpan CompilationTime { get; }
}
