using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>Classifies by the nearest class centroid; probabilities proportional to exp(-distance^2).</summary>
internal sealed class NearestCentroidTechnique : ITechnique
{
    public string Id => "nearest-centroid";

    public TechniqueCapabilities Capabilities { get; } = new()
    {
        Tasks = new HashSet<TaskKind> { TaskKind.BinaryClassification, TaskKind.MulticlassClassification },
        NeedsScaling = true,
    };

    public IModel Fit(Dataset training, FitContext context)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        var k = training.ClassCount;
        var width = training.FeatureCount;
        var centroids = new double[k * width];
        var counts = new int[k];
        var labels = training.ClassIndices();
        var row = new float[width];
        for (var r = 0; r < training.RowCount; r++)
        {
            training.CopyRow(r, row);
            counts[labels[r]]++;
            for (var f = 0; f < width; f++)
            {
                centroids[(labels[r] * width) + f] += row[f];
            }
        }

        for (var c = 0; c < k; c++)
        {
            for (var f = 0; f < width; f++)
            {
                centroids[(c * width) + f] /= Math.Max(1, counts[c]);
            }
        }

        return new FakeModel(k, centroids.Length, 8 * centroids.Length, (features, output) => Predict(centroids, k, features, output));
    }

    public IModel Load(Stream stream) => throw new NotSupportedException("A fake model is not loaded.");

    private static void Predict(double[] centroids, int k, ReadOnlySpan<float> features, Span<float> output)
    {
        var sum = 0.0;
        for (var c = 0; c < k; c++)
        {
            var d = 0.0;
            for (var f = 0; f < features.Length; f++)
            {
                var e = features[f] - centroids[(c * features.Length) + f];
                d += e * e;
            }

            output[c] = (float)Math.Exp(-d);
            sum += output[c];
        }

        for (var c = 0; c < k; c++)
        {
            output[c] = sum > 0 ? (float)(output[c] / sum) : 1f / k;
        }
    }
}
