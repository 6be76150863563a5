using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Protocol;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// The held-out parts of protocol II taken from cross-validation instead of fitted again: under k-fold
/// cross-validation the parts are the first folds of the first repeat with the very fit seeds accuracy uses
/// (<see cref="HeldOutParts"/>), so the fold's model is the part's model. Kept while cross-validation runs, handed
/// to the probes when protocol II begins (docs/PROTOCOL.md, "Held-out parts").
/// </summary>
internal sealed class FoldParts(ITechnique technique, int count)
{
    private readonly List<HeldOutPart> _parts = [];

    /// <summary>The parts kept so far, in fold order.</summary>
    public IReadOnlyList<HeldOutPart> Parts => _parts;

    /// <summary>Whether every part was kept.</summary>
    public bool Complete => _parts.Count == count;

    public bool Keeps(Split split) => split.Repeat == 0 && split.Fold < count;

    public void Keep(Split split, Dataset train, Dataset test, int fitSeed, IModel model, FitRecord record, float[] outputs) => _parts.Add(new HeldOutPart
    {
        Index = split.Fold,
        Train = train,
        Test = test,
        FitSeed = fitSeed,
        Technique = technique,
        Model = model,
        Fit = record,
        Outputs = outputs,
    });
}
