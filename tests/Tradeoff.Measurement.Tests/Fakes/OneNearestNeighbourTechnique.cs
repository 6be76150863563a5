using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>
/// A 1-nearest-neighbour memorizer: the nearest training row's class gets (1 + 1/(1 + d)) / 2, so a training
/// row itself (d = 0) is predicted with certainty and any other row with less: the leak a membership attack finds.
/// </summary>
internal sealed class OneNearestNeighbourTechnique : ITechnique
{
    public string Id => "one-nn";

    public TechniqueCapabilities Capabilities { get; } = new() { Tasks = new HashSet<TaskKind> { TaskKind.BinaryClassification } };

    public IModel Fit(Dataset training, FitContext context)
    {
        var rows = training.ToRowMajor();
        var labels = training.ClassIndices();
        var width = training.FeatureCount;
        return new FakeModel(2, rows.Length, 8, (features, output) =>
        {
            var best = double.MaxValue;
            var label = 0;
            for (var r = 0; r < labels.Length; r++)
            {
                var d = 0.0;
                for (var f = 0; f < width; f++)
                {
                    var e = features[f] - rows[(r * width) + f];
                    d += e * e;
                }

                if (d < best)
                {
                    best = d;
                    label = labels[r];
                }
            }

            var p = (float)((1 + (1 / (1 + Math.Sqrt(best)))) / 2);
            output[label] = p;
            output[1 - label] = 1 - p;
        });
    }

    public IModel Load(Stream stream) => throw new NotSupportedException("A fake model is not loaded.");
}
