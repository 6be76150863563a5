using Microsoft.ML.OnnxRuntime;
using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Deployment;

namespace Tradeoff.Export;

/// <summary>ONNX Runtime as the deployment runtime: the final model exported as <c>tradeoff export</c> writes it, then loaded.</summary>
internal sealed class OnnxDeployment : IDeploymentRuntime
{
    public static OnnxDeployment Runtime { get; } = new();

    public string Name { get; } = $"ONNX Runtime {OrtEnv.Instance().GetVersionString()}";

    public DeployedModel Deploy(IModel model, Dataset train, string techniqueName, string techniqueId)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(train);
        if (model is not FeaturizedModel featurized)
        {
            return DeployedModel.Refused($"{techniqueName} is not a model Tradeoff fitted with its featurization, so there is nothing to export");
        }

        if (OnnxExport.WhyNot(techniqueId, featurized) is { } why)
        {
            return DeployedModel.Refused($"{techniqueName} cannot be exported to ONNX: {why}");
        }

        var schema = new ExportSchema(techniqueName, techniqueId, train.Task, train.Target.Name, train.ClassCount > 0 ? train.Target.Levels : [], featurized.Featurizer);
        var bytes = OnnxExport.Write(featurized, schema);
        return DeployedModel.Of(new OnnxRowModel(bytes, featurized.Featurizer.Steps, featurized.OutputLength, featurized.ParameterCount), bytes.Length);
    }
}
