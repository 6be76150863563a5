using Tradeoff.Core.Data;

namespace Tradeoff.Core.Techniques;

/// <summary>
/// The base of a technique (ML.NET's TrainerEstimatorBase): it owns the guards every fit opens with (arguments
/// given, the task among those the technique declares, not cancelled) and takes its id and capabilities from its
/// <see cref="TechniqueDescriptor"/>, so that a technique writes only how it trains, in <see cref="FitCore"/>.
/// </summary>
public abstract class TechniqueBase : ITechnique
{
    private readonly TechniqueDescriptor _descriptor;

    /// <summary>Creates the technique that <paramref name="descriptor"/> describes.</summary>
    protected TechniqueBase(TechniqueDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        _descriptor = descriptor;
    }

    /// <inheritdoc/>
    public string Id => _descriptor.Id;

    /// <inheritdoc/>
    public TechniqueCapabilities Capabilities => _descriptor.Capabilities;

    /// <inheritdoc/>
    public IModel Fit(Dataset training, FitContext context)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(context);
        TaskGuard.EnsureSupported(this, training);
        context.CancellationToken.ThrowIfCancellationRequested();
        return FitCore(training, context);
    }

    /// <inheritdoc/>
    public virtual IReadOnlyDictionary<string, string> AdaptedSettings(Dataset training) => new Dictionary<string, string>();

    /// <inheritdoc/>
    public abstract IModel Load(Stream stream);

    /// <inheritdoc cref="ITechnique.CannotLearn"/>
    public virtual string? CannotLearn(Dataset data) => null;

    /// <summary>Fits a model on <paramref name="training"/>, whose task the technique declares, before cancellation.</summary>
    protected abstract IModel FitCore(Dataset training, FitContext context);
}
