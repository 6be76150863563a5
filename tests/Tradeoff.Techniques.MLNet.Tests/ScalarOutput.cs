namespace Tradeoff.Techniques.MLNet.Tests;

/// <summary>A prediction engine's scalar output column (<c>Probability</c> or <c>Score</c>, bound by schema definition).</summary>
internal sealed class ScalarOutput
{
    public float Value { get; set; }
}
