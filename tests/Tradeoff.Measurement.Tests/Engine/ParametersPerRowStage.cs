using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Tests.Engine;

/// <summary>A quality the engine does not know, added as one probe: the worked example of docs/ARCHITECTURE-qualities.md.</summary>
internal sealed class ParametersPerRowStage : IQualityProbe
{
    public static readonly QualityDescriptor ParametersPerRow = new("parameters-per-row", "count", Direction.LowerIsBetter, "learned parameters per training row");

    public string Stage => ParametersPerRow.Id;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } = [ParametersPerRow];

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.FinalModel;

    public void Measure(ProbeRun run)
    {
        var rows = run.Run.Train.RowCount;
        run.Set(ParametersPerRow.Id, QualityFactory.Create(ParametersPerRow, (double)run.Run.Model!.ParameterCount / rows, $"parameters of the model fitted on all {rows} training rows, divided by {rows}") with { SampleCount = 1 });
    }
}
