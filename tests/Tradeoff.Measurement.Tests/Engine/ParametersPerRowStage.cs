using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Tests.Engine;

/// <summary>A quality the engine does not know, added as one probe: the worked example of docs/ARCHITECTURE.md, "Adding a quality".</summary>
internal sealed class ParametersPerRowStage : IQualityProbe
{
    public const string Id = "parameters-per-row";

    // Id, unit, direction, meaning, group (this probe's stage) and protocol: the one declaration of the quality.
    public static readonly QualityDescriptor ParametersPerRow = new(
        Id, "count", Direction.LowerIsBetter, "learned parameters per training row", Id,
        "parameters of the model fitted on all training rows, divided by the number of those rows");

    public string Stage => ParametersPerRow.Group;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } = [ParametersPerRow];

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.FinalModel;

    public void Measure(ProbeRun run)
    {
        var rows = run.Run.Train.RowCount;
        run.Set(Id, QualityFactory.Create(ParametersPerRow, (double)run.Run.Model!.ParameterCount / rows, $"{ParametersPerRow.Protocol} ({rows})") with { SampleCount = 1 });
    }
}
