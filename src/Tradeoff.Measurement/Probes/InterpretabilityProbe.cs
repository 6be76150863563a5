using Tradeoff.Core.Features;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Probes;

/// <summary>Interpretability from the technique's capability, complexity from what the final model reports.</summary>
internal static class InterpretabilityProbe
{
    /// <summary>The <see cref="IExplainableModel.Complexity"/> names and the quality ids they land in.</summary>
    public static readonly (string Name, string Id)[] ComplexityNames =
    [
        ("leaves", QualityIds.ComplexityLeaves),
        ("depth", QualityIds.ComplexityDepth),
        ("rules", QualityIds.ComplexityRules),
        ("mean-rule-length", QualityIds.ComplexityMeanRuleLength),
        ("nonzero-coefficients", QualityIds.ComplexityNonzeroCoefficients),
    ];

    /// <summary>
    /// 1 or 0 from the capability; Details = every complexity figure the final model reports (nodes, trees,
    /// classes... beyond those with a quality of their own), when there is a final model and it reports any.
    /// </summary>
    public static QualityValue Interpretability(ITechnique technique, IModel? model)
    {
        var figures = (model is FeaturizedModel featurized ? featurized.Inner : model) is IExplainableModel explainable
            ? explainable.Complexity.Where(f => double.IsFinite(f.Value)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal)
            : null;
        return QualityFactory.Create(QualityIds.Interpretability, technique.Capabilities.Interpretable ? 1 : 0) with
        {
            Estimated = false,
            SampleCount = 1,
            Details = figures is { Count: > 0 } ? figures : null,
        };
    }

    /// <summary>The complexity figures of <paramref name="model"/> (unwrapped from the featurization), by quality id; empty when it reports none.</summary>
    public static Dictionary<string, QualityValue> Complexity(IModel model, string techniqueId)
    {
        var result = new Dictionary<string, QualityValue>(StringComparer.Ordinal);
        var inner = model is FeaturizedModel featurized ? featurized.Inner : model;
        if (inner is not IExplainableModel explainable)
        {
            return result;
        }

        var figures = explainable.Complexity;
        foreach (var (name, id) in ComplexityNames)
        {
            if (figures.TryGetValue(name, out var value) || figures.TryGetValue(id, out value))
            {
                result[id] = QualityFactory.Create(id, value, $"{name} the final {techniqueId} model (fitted on all training data) reports, on the featurized columns") with { SampleCount = 1 };
            }
        }

        return result;
    }

    /// <summary>Why a requested complexity figure is missing.</summary>
    public static string Missing(IModel model, string techniqueId, string id) =>
        (model is FeaturizedModel featurized ? featurized.Inner : model) is IExplainableModel
            ? $"a {techniqueId} model has no {id["complexity.".Length..]}"
            : $"a {techniqueId} model does not describe its complexity (it is not explainable)";
}
