using Tradeoff.Core.Data;

namespace Tradeoff.Core.Techniques;

/// <summary>
/// An untrained learning technique with its settings: it fits a <see cref="IModel"/> on a data set
/// (ML.NET's estimator and transformer split). One class per technique, usually derived from
/// <see cref="TechniqueBase"/>; adding a technique is that class and one line, its <see cref="TechniqueDescriptor"/>
/// in its project's registrations, which <see cref="TechniqueCatalog.Compose"/> gathers.
/// </summary>
public interface ITechnique
{
    /// <summary>The stable kebab-case technique id (<c>decision-tree</c>).</summary>
    string Id { get; }

    /// <summary>What it can do before any training.</summary>
    TechniqueCapabilities Capabilities { get; }

    /// <summary>
    /// Fits a model on <paramref name="training"/>. The data reach it featurized as its capabilities ask
    /// (one-hot, standardized, imputed) when it runs behind the shared featurization.
    /// </summary>
    /// <exception cref="OperationCanceledException">The context's token was cancelled.</exception>
    IModel Fit(Dataset training, FitContext context);

    /// <summary>
    /// The settings whose defaults adapt to the data (<see cref="SettingDeclaration.Adapts"/>), as a fit on
    /// <paramref name="training"/> sets them, by key with their value as a study would write it; empty when no default
    /// adapts or the study set them all. The results state them, so a reader knows what the model was fitted with.
    /// </summary>
    IReadOnlyDictionary<string, string> AdaptedSettings(Dataset training) => new Dictionary<string, string>();

    /// <summary>Reads a model that <see cref="IModel.Save"/> of a model of this technique wrote.</summary>
    IModel Load(Stream stream);

    /// <summary>
    /// Why the technique cannot learn from <paramref name="data"/> as they are (their shape: a convolutional network
    /// needs rows that are images), or null when it can. Asked once the data are loaded and before any fit, so that
    /// such a technique is listed as not trained, with the reason, rather than failing.
    /// </summary>
    string? CannotLearn(Dataset data) => null;
}

/// <summary>A technique whose models absorb new rows without a full retrain.</summary>
public interface IIncrementalTechnique : ITechnique
{
    /// <summary>Returns <paramref name="model"/> updated with <paramref name="newRows"/> (same schema as its training data).</summary>
    IModel Update(IModel model, Dataset newRows, FitContext context);
}
