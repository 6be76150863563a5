using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Core.Features;

/// <summary>
/// Puts the shared featurization in front of a technique, as its capabilities ask: the featurizer is fitted on
/// the rows the technique is fitted on and travels with the model, so a model always takes raw rows.
/// </summary>
public class FeaturizedTechnique : ITechnique
{
    private readonly FeaturizationPlan _plan;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    protected FeaturizedTechnique(ITechnique inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        Inner = inner;
        _plan = FeaturizationPlan.For(inner.Capabilities);
    }

    /// <summary>The technique behind the featurization.</summary>
    public ITechnique Inner { get; }

    /// <inheritdoc/>
    public string Id => Inner.Id;

    /// <inheritdoc/>
    public TechniqueCapabilities Capabilities => Inner.Capabilities;

    /// <summary>Wraps <paramref name="technique"/>; the result is incremental when the technique is.</summary>
    public static ITechnique Wrap(ITechnique technique) => technique switch
    {
        FeaturizedTechnique => technique,
        IIncrementalTechnique incremental => new Incremental(incremental),
        _ => new FeaturizedTechnique(technique),
    };

    /// <inheritdoc/>
    public IModel Fit(Dataset training, FitContext context)
    {
        ArgumentNullException.ThrowIfNull(training);
        var featurizer = Featurizer.Fit(training, _plan);
        var model = Inner.Fit(featurizer.Transform(training), context);
        return new FeaturizedModel(featurizer, model);
    }

    /// <inheritdoc/>
    /// <remarks>The featurization keeps the rows, on which the adaptive defaults depend.</remarks>
    public IReadOnlyDictionary<string, string> AdaptedSettings(Dataset training) => Inner.AdaptedSettings(training);

    /// <inheritdoc/>
    public IModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var featurizer = Featurizer.Read(reader);
        return new FeaturizedModel(featurizer, Inner.Load(stream));
    }

    private sealed class Incremental(IIncrementalTechnique inner) : FeaturizedTechnique(inner), IIncrementalTechnique
    {
        public IModel Update(IModel model, Dataset newRows, FitContext context)
        {
            var featurized = (FeaturizedModel)model;
            // The featurizer stays as fitted on the first rows: an update must not change how old rows are read.
            var updated = inner.Update(featurized.Inner, featurized.Featurizer.Transform(newRows), context);
            return new FeaturizedModel(featurized.Featurizer, updated);
        }
    }
}
