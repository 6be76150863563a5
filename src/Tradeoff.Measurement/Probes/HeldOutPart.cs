using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// One train/held-out pair the probes of protocol II share: the technique the part fits with, the model fitted on
/// the training part with the part's fit seed, its fit record, and its outputs on the held-out rows.
/// </summary>
internal sealed class HeldOutPart : IDisposable
{
    private float[]? _matrix;

    public required int Index { get; init; }

    public required Dataset Train { get; init; }

    public required Dataset Test { get; init; }

    public required int FitSeed { get; init; }

    /// <summary>
    /// What every fit on this part uses (the part's model, and the probes' refits): the run's technique, or for a
    /// technique tuned under cross-validation the configuration a search on this part's training rows chose.
    /// </summary>
    public required ITechnique Technique { get; init; }

    /// <summary>The configuration this part's own search chose, or null when it uses the run's technique.</summary>
    public IReadOnlyDictionary<string, string>? Choice { get; init; }

    public required IModel Model { get; init; }

    public required FitRecord Fit { get; init; }

    /// <summary>The model's outputs on <see cref="Test"/>, row-major.</summary>
    public required float[] Outputs { get; init; }

    /// <summary>
    /// Whether the part disposes <see cref="Model"/>: false when it is the run's final model, which the run disposes
    /// (with a test set the part is that very fit, <see cref="HeldOutParts"/>).
    /// </summary>
    public bool OwnsModel { get; init; } = true;

    /// <summary>The held-out rows, row-major, for probes that perturb them.</summary>
    public float[] TestMatrix => _matrix ??= Test.ToRowMajor();

    public void Dispose()
    {
        if (OwnsModel)
        {
            Model.Dispose();
        }
    }
}
