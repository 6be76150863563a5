using Tradeoff.Core.Data;

namespace Tradeoff.Measurement.Statistics;

/// <summary>
/// Predictions of some rows next to their truth: for classification the class index and the class
/// probabilities (row-major, <see cref="Width"/> per row); for regression the target and one value per row.
/// </summary>
internal sealed record PredictionSet(TaskKind Task, int PositiveClass, int Width, float[] Truth, float[] Outputs)
{
    public int Count => Truth.Length;

    /// <summary>Builds the set of <paramref name="data"/>'s target and a model's outputs for its rows.</summary>
    public static PredictionSet Of(Dataset data, float[] outputs) =>
        new(data.Task, data.PositiveClass, data.OutputLength, data.Target.Values, outputs);

    /// <summary>The arg-max class of row <paramref name="row"/>; the first on ties.</summary>
    public int PredictedClass(int row)
    {
        var offset = row * Width;
        var best = 0;
        for (var c = 1; c < Width; c++)
        {
            if (Outputs[offset + c] > Outputs[offset + best])
            {
                best = c;
            }
        }

        return best;
    }

    public float Probability(int row, int cls) => Outputs[(row * Width) + cls];
}
