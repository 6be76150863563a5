namespace Tradeoff.Core.Qualities;

/// <summary>Which way a quality improves (BenchmarkDotNet's TheGreaterTheBetter).</summary>
public enum Direction
{
    /// <summary>Larger values are better (accuracy, throughput).</summary>
    HigherIsBetter,

    /// <summary>Smaller values are better (latency, size, time).</summary>
    LowerIsBetter,

    /// <summary>Descriptive only (a count or a flag): never an objective.</summary>
    None,
}
