namespace Tradeoff.Techniques.MLNet.Tests;

/// <summary>The input of a prediction engine: the feature vector only.</summary>
internal sealed class FeatureRow
{
    public float[] Features { get; set; } = [];
}
