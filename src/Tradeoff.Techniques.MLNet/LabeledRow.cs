namespace Tradeoff.Techniques.MLNet;

/// <summary>One training row as ML.NET reads it: the feature vector and the label (bool, key or float).</summary>
/// <remarks>Public members because ML.NET binds columns to them by reflection; the type itself stays internal.</remarks>
internal sealed class LabeledRow<TLabel>
{
    public float[] Features { get; set; } = [];

    public TLabel Label { get; set; } = default!;
}
