using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Deployment;

/// <summary>
/// The runtime a team ships a model in (ONNX Runtime): it turns the final model into the file that would be shipped
/// and loads it, so the deployment qualities time what will run in production, not only the in-process model
/// (docs/EXPORT.md). The CLI composes one; a caller without one gets the deployment qualities as not available.
/// </summary>
public interface IDeploymentRuntime
{
    /// <summary>The runtime as protocol lines name it (<c>ONNX Runtime 1.32.0</c>).</summary>
    string Name { get; }

    /// <summary>
    /// The shipped form of <paramref name="model"/>, fitted on <paramref name="train"/>, fed the same raw rows as the
    /// model itself; or, when it cannot be shipped in this runtime, why.
    /// </summary>
    DeployedModel Deploy(IModel model, Dataset train, string techniqueName, string techniqueId);
}
