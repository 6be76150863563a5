using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>A compiler count that moves only when a test says so; each method compiled takes 1 ms of compiling.</summary>
internal sealed class FakeJit : IJitCounter
{
    private long _compiled;

    public long CompiledMethods
    {
        get => _compiled;
        set
        {
            CompilationTime += TimeSpan.FromMilliseconds(Math.Max(0, value - _compiled));
            _compiled = value;
        }
    }

    public TimeSpan CompilationTime { get; private set; }
}
