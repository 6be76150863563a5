namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>
/// The fake clock, but every read costs CPU time, as a real clock read does (20 to 30 ns here): a probe that reads the
/// clock inside what it counts as the model's work shows the difference.
/// </summary>
internal sealed class CostlyClock(FakeMachine machine, TimeSpan cpuPerRead) : TimeProvider
{
    public override long TimestampFrequency => machine.Time.TimestampFrequency;

    public override long GetTimestamp()
    {
        machine.Cpu.Advance(cpuPerRead);
        return machine.Time.GetTimestamp();
    }

    public override DateTimeOffset GetUtcNow() => machine.Time.GetUtcNow();
}
