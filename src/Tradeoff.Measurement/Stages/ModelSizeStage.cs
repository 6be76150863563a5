using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>model-size and parameters: what must be shipped, from the final model's Save and its own count.</summary>
internal sealed class ModelSizeStage : IQualityProbe
{
    public const string Group = QualityIds.ModelSize;

    public string Stage => Group;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } =
    [
        new(QualityIds.ModelSize, "B", Direction.LowerIsBetter, "bytes of the saved model", Group, "bytes written by the model's Save, featurization included"),
        new(
            QualityIds.Parameters, "count", Direction.LowerIsBetter, "numbers the fit learned that prediction reads: splits and leaf values, coefficients, weights, stored statistics and rows", Group,
            "numbers the fit learned from the training rows that prediction reads, by the technique's rule in docs/PROTOCOL.md (trees: per split its " +
            "feature and threshold, and in the own trees its missing side, plus each leaf's values; coefficients and intercepts; weights and biases; stored" +
            " statistics; k-NN: stored rows and targets); the shared featurization's statistics count in model-size, not here"),
    ];

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.FinalModel;

    public void Measure(ProbeRun run)
    {
        var model = run.Run.Model!;
        using var counter = new CountingStream();
        model.Save(counter);
        run.Set(QualityIds.ModelSize, QualityFactory.Create(QualityIds.ModelSize, counter.Length) with { SampleCount = 1 });
        run.Set(QualityIds.Parameters, QualityFactory.Create(QualityIds.Parameters, model.ParameterCount) with { SampleCount = 1, Note = AdaptedNote(run.Run) });
    }

    /// <summary>The defaults the final fit adapted to the training rows, stated with the model's parameters; null when none adapted.</summary>
    private static string? AdaptedNote(Protocol.TechniqueRun run)
    {
        var adapted = run.Technique.AdaptedSettings(run.Train);
        return adapted.Count == 0
            ? null
            : $"fitted with {string.Join(", ", adapted.Select(p => $"{p.Key}={p.Value}"))} (defaults adapted to {QualityFormat.Count(run.Train.RowCount)} training rows)";
    }
}
