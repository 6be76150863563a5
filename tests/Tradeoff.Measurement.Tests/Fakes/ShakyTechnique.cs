using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>
/// Knows the boundary of <c>ToyData.Binary</c> (x0 + x1 = 1) but turns each row's answer with probability
/// <paramref name="shake"/>, by a hash of the row, the fit seed and the training labels: with 0 it is the same model
/// whatever it is fitted on (a quiet quality), above 0 every seed, subsample and flipped label moves its score. Its
/// answers ignore the fit's threads, so it may declare itself thread-independent (<paramref name="threadIndependent"/>).
/// </summary>
internal sealed class ShakyTechnique(double shake, bool threadIndependent = false) : ITechnique
{
    private readonly List<int> _fitSeeds = [];
    private readonly List<int> _fitThreads = [];

    /// <summary>The seed of every fit, in the order the fits started.</summary>
    public IReadOnlyList<int> FitSeeds
    {
        get
        {
            lock (_fitSeeds)
            {
                return [.. _fitSeeds];
            }
        }
    }

    /// <summary>The threads each fit was given, in the order the fits started.</summary>
    public IReadOnlyList<int> FitThreads
    {
        get
        {
            lock (_fitSeeds)
            {
                return [.. _fitThreads];
            }
        }
    }

    public string Id => "shaky";

    public TechniqueCapabilities Capabilities { get; } = new() { Tasks = new HashSet<TaskKind> { TaskKind.BinaryClassification }, ThreadIndependent = threadIndependent };

    public IModel Fit(Dataset training, FitContext context)
    {
        // Fits may run side by side (ConcurrentFits).
        lock (_fitSeeds)
        {
            _fitSeeds.Add(context.Seed);
            _fitThreads.Add(context.Threads);
        }

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
