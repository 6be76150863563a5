using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement;

/// <summary>Receives each technique instance's final model (fitted on all training rows) before the engine disposes of it.</summary>
public interface IModelKeeper
{
    /// <summary>Keeps <paramref name="model"/> of the instance <paramref name="technique"/>, e.g. by saving it; the model is disposed afterwards.</summary>
    void Keep(string technique, IModel model);
}
