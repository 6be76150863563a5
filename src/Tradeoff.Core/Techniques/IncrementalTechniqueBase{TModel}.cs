using Tradeoff.Core.Data;

namespace Tradeoff.Core.Techniques;

/// <summary>
/// The base of a technique whose models of type <typeparamref name="TModel"/> absorb new rows: besides the fit's
/// guards it owns the update's (a model of this technique, new rows of a declared task, not cancelled).
/// </summary>
/// <typeparam name="TModel">The model its fits return and its updates take.</typeparam>
public abstract class IncrementalTechniqueBase<TModel> : TechniqueBase, IIncrementalTechnique
    where TModel : class, IModel
{
    /// <summary>Creates the technique that <paramref name="descriptor"/> describes.</summary>
    protected IncrementalTechniqueBase(TechniqueDescriptor descriptor)
        : base(descriptor)
    {
    }

    /// <inheritdoc/>
    public IModel Update(IModel model, Dataset newRows, FitContext context)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(newRows);
        ArgumentNullException.ThrowIfNull(context);
        var previous = model as TModel ?? throw new ArgumentException($"Not a {Id} model: {model.GetType().Name}.", nameof(model));
        TaskGuard.EnsureSupported(this, newRows);
        context.CancellationToken.ThrowIfCancellationRequested();
        return UpdateCore(previous, newRows, context);
    }

    /// <summary>Returns <paramref name="model"/> updated with <paramref name="newRows"/>, whose task the technique declares, before cancellation.</summary>
    protected abstract IModel UpdateCore(TModel model, Dataset newRows, FitContext context);
}
