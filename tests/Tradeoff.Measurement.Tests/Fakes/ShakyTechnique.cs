using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>
/// Knows the boundary of <c>ToyData.Binary</c> (x0 + x1 = 1) but turns each row's answer with probability
/// <paramref name="shake"/>, by a hash of the row, the fit seed and the training labels: with 0 it is the same model
/// whatever it is fitted on (a quiet quality), above 0 every seed, subsample and flipped label moves its score.
/// </summary>
internal sealed class ShakyTechnique(double shake) : ITechnique
{
    /// <summary>The seed of every fit, in order.</summary>
    public List<int> FitSeeds { get; } = [];

    public string Id => "shaky";

    public TechniqueCapabilities Capabilities { get; } = new() { Tasks = new HashSet<TaskKind> { TaskKind.BinaryClassification } };

    public IModel Fit(Dataset training, FitContext context)
    {
        FitSeeds.Add(context.Seed);
        var key = (ulong)(uint)context.Seed;
        var labels = training.Target.Values;
        for (var i = 0; i < labels.Length; i++)
        {
            key = (key * 1099511628211UL) ^ (ulong)(labels[i] + (2 * i));
        }

        return new FakeModel(2, 1, 8, (row, output) =>
        {
            var state = key;
            foreach (var value in row)
            {
                state = (state ^ (ulong)BitConverter.SingleToInt32Bits(value)) * 1099511628211UL;
            }

            var turned = (state >> 11) / (double)(1UL << 53) < shake;
            var yes = (row[0] + row[1] > 1) != turned;
            output[0] = yes ? 0 : 1;
            output[1] = yes ? 1 : 0;
        });
    }

    public IModel Load(Stream stream) => throw new NotSupportedException("A fake model is not loaded.");
}
