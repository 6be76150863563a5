using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>The majority technique with one adaptive default, "k": 3 below 100 training rows, 9 from 100.</summary>
internal sealed class AdaptingTechnique : ITechnique
{
    private readonly MajorityTechnique _majority = new();

    public string Id => "adapting";

    public TechniqueCapabilities Capabilities => _majority.Capabilities;

    public IModel Fit(Dataset training, FitContext context) => _majority.Fit(training, context);

    public IReadOnlyDictionary<string, string> AdaptedSettings(Dataset training) =>
        new Dictionary<string, string> { ["k"] = training.RowCount < 100 ? "3" : "9" };

    public IModel Load(Stream stream) => _majority.Load(stream);
}
