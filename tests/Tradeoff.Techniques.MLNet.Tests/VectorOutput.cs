namespace Tradeoff.Techniques.MLNet.Tests;

/// <summary>A prediction engine's vector output column (the multiclass <c>Score</c>, bound by schema definition).</summary>
internal sealed class VectorOutput
{
    public float[] Values { get; set; } = [];
}
